package redact

import (
	"bytes"

	"github.com/kavachpii/kavach/internal/names"
	"github.com/kavachpii/kavach/validators"
)

// Some places in a text hold a name whatever the name is: the line under
// a sign-off ("Regards,\nMerina Marak"), the word after a greeting ("Hi
// Pradnya,", "Welcome aboard, Tiameren!"), the sender of a chat export
// ("[1/10/24, 11:46:35] Perizaad Daruwala: …"), a mail header's name
// ("From: Huzaifa Siddiqui <…>") and the line above an address block.
// There kavach takes capitalised words the gazetteer does not know, and
// only there: a name's shape alone is any capitalised word's.

// signOffWords end the line before a signature, lower-cased: "Regards,",
// "Thanks & Regards,", "Yours faithfully,".
var signOffWords = map[string]bool{
	"regards": true, "thanks": true, "sincerely": true, "faithfully": true, "truly": true, "cheers": true,
	"best": true, "warmly": true, "respectfully": true, "cordially": true, "regard": true, "thankyou": true,
	"dhanyavad": true, "dhanyavaad": true, "shukriya": true, "wishes": true,
}

// greetingWords, right before a name (a comma between allowed), open a
// message to that person: "Hi Pradnya,", "Welcome aboard, Rupa!".
var greetingWords = map[string]bool{
	"hi": true, "hello": true, "hey": true, "dear": true, "namaste": true, "namaskar": true, "aboard": true,
	"congratulations": true, "congrats": true, "welcome": true, "vanakkam": true,
	"arre": true, "arey": true, // Hinglish: "Arre Rupali, ghar ka address …"
	"birthday": true, "bday": true, "anniversary": true, // "Happy Birthday Chethan!"
}

// notNameWords are capitalised words that stand where a name would and
// are none: who a message greets or signs for when it is no person
// ("Dear Customer,", "Regards,\nThe Support Team"), and words that open
// a sentence.
var notNameWords = map[string]bool{
	"customer": true, "customers": true, "sir": true, "madam": true, "mam": true, "maam": true, "team": true,
	"all": true, "user": true, "users": true, "member": true, "members": true, "applicant": true,
	"candidate": true, "patient": true, "friend": true, "friends": true, "colleague": true, "colleagues": true,
	"valued": true, "guest": true, "student": true, "students": true, "parent": true, "parents": true,
	"everyone": true, "everybody": true, "folks": true, "concerned": true, "hr": true, "admin": true,
	"support": true, "partner": true, "client": true, "subscriber": true, "cardholder": true, "investor": true,
	"anonymous": true, "unknown": true,
	"sponsors": true, "donors": true, "participants": true, "viewers": true, "subscribers": true, "shareholders": true,
	"guests":      true, // "Dear Sponsors,"
	"shareholder": true, "policyholder": true, "manager": true, "officer": true, "department": true,
	"desk": true, "care": true, "people": true, "staff": true, "management": true, "board": true,
	"assistance": true, "claims": true, "helpdesk": true, "services": true, "operations": true, // "— Claims Assistance"
	"committee": true, "office": true, "the": true, "a": true, "an": true, "our": true, "your": true,
	"my": true, "me": true, "you": true, // a chat export's own side: "[10:05] Me: visit today?"
	"dispatcher": true, "dispatch": true, "rider": true, "courier": true, "hub": true, // a delivery's roles as chat senders: "Dispatcher: …"
	"onboarding": true, "fleet": true, "ops": true, // a team's handle: "Fleet Onboarding:"
	"advisor": true, "adviser": true, "rm": true, "csr": true, // a role as a chat's sender: "[08/10/26, 10:27] Advisor:"
	"na": true, "nil": true, "none": true, // what a form holds for no name: "Guardian Name: NA"
	"triggered": true, "resolved": true, "acknowledged": true, "firing": true, // an alert's state: "[#83828] TRIGGERED: High 5xx"
	"covaxin": true, "covishield": true, "corbevax": true, "sputnik": true, // a vaccine's name on a CoWIN certificate
	"si": true, "asi": true, "sho": true, "dsp": true, "acp": true, // police ranks: "Verifying officer: SI, PS Razole"
	"uphc": true, "phc": true, "chc": true, "csc": true, // health centres and common service centres: "UPHC Naranpura", "CSC Dharampeth"
	"namah": true, "ganeshay": true, "ganeshaya": true, // a prayer that heads a biodata: "Shree Ganeshay Namah"
	"this": true, "that": true, "there": true, "again": true, "and": true, "of": true, "for": true,
	// A speaker's first word after a role ("Seller: Haan, 21k km …"), and
	// offices greeted ("Dear Accounts team", "Dear Secretary").
	"haan": true, "han": true, "nahi": true, "nahin": true, "ok": true, "okay": true, "yes": true, "no": true,
	"done": true, "sure": true, "bhai": true, "bhaiya": true, "didi": true, "accounts": true, "account": true,
	"secretary": true, "principal": true, "president": true, "chairman": true, "chairperson": true,
	"reservations": true, "reservation": true, "admissions": true, "billing": true, "sales": true, // "Dear Reservations,"
	"taxpayer": true, "assessee": true, "depositor": true, "borrower": true, "pensioner": true, // "Dear Taxpayer,"
	// Job titles under a signature or as a sender: "PANKAJ THAKUR\nSenior
	// Design Engineer", "- Treasurer", "To: IT Security".
	"senior": true, "junior": true, "chief": true, "associate": true, "engineer": true,
	"developer": true, "designer": true, "analyst": true, "architect": true, "consultant": true,
	"specialist": true, "treasurer": true, "security": true, "coordinator": true, "technician": true,
	"head": true, "incharge": true, "supervisor": true, "panditji": true, "pandit": true, "guruji": true,
	"from": true, "on": true, "in": true, "to": true, "with": true, "please": true, "kindly": true, "note": true,
	"sent": true, "via": true, "mobile": true, "iphone": true, "android": true, "teacher": true, "doctor": true,
	"sender": true, "receiver": true, "owner": true, "holder": true, "beneficiary": true, "nominee": true,
	"family": true, "brother": true, "sister": true, "bro": true, "sis": true, "dad": true, "mom": true,
	"mummy": true, "papa": true, "uncle": true, "aunty": true, "auntie": true, "ji": true, "boss": true,
	"dadi": true, "dada": true, "nani": true, "nana": true, "mumma": true, "chachu": true, "chacha": true, "chachi": true,
	"mami": true, "bua": true, "masi": true, "maasi": true, "tauji": true, // kin as people call them: "Happy birthday Dadi!!"
	"guys": true, "world": true, "there's": true, "morning": true, "evening": true, "night": true,
	// A chat app's day heads its messages as a sender's name would: "Today 10:47 pm".
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, // "Thu 8:57 AM"
	// Who posts in a Slack or Teams channel when no person does, and the
	// roles a transcript names its speakers by.
	"channel": true, "bot": true, "alerts": true, "notifications": true, "workflow": true, "app": true,
	"agent": true, "caller": true, "executive": true, "operator": true, "assistant": true, "system": true,
	"moderator": true, "interviewer": true, "speaker": true,
	// Whom a letter greets when it greets no person: "Dear Editor,",
	// "Dear Organisers,", "Dear Residents,".
	"editor": true, "editors": true, "organiser": true, "organisers": true, "organizer": true, "organizers": true,
	"advocate": true, "residents": true, "neighbours": true, "neighbors": true, "readers": true, "devotees": true,
	"ladies": true, "gentlemen": true, "patrons": true, "volunteers": true,
	"registrar": true, "warden": true, "recruiter": true, // "Dear Registrar,"
	// Hindustani's "to do", after a word that may cue a name: "rakhi
	// courier karni hai" (a courier is to be sent).
	"karni": true, "karna": true, "karne": true,
	// Offices of a village and a tehsil, named as owners of work: "Owner: Gram Sevak / PMO".
	"tehsildar": true, "sevak": true, "patwari": true, "sarpanch": true, "talathi": true, "gram": true,
	"mukhiya": true, // a village's head, as people address one: "mukhiya ji"
	// A form's values that are no name: "Relationship with insured:
	// Self", "Name: Authorised Signatory", "Bounded by: East - Road".
	"self": true, "son": true, "daughter": true, "wife": true, "husband": true, "spouse": true,
	"authorised": true, "authorized": true, "signatory": true,
	"east": true, "west": true, "north": true, "south": true,
	"not": true, "opted": true, // "NOM-NAME : OPTED OUT", "MEMBER=NOT DISCLOSED"
	"talent": true, "acquisition": true, "recruitment": true, "payroll": true, // a team: "Owner: Talent Acquisition"
	"age": true, "sex": true, "gender": true, // a table's next column: "Sum insured | Age 18-35"
}

// isNotNameWord reports a lower-cased word that stands where a name would
// and is none: a word of notNameWords or notPersonWords, or a dictionary
// word (a context word or one against a kind).
func isNotNameWord(word string) bool {
	return notNameKinds[word] != 0
}

// isNotFirstNameWord is isNotNameWord for a name's first word: a given
// name that ends a festival's or a firm's name after another ("Durga
// Pooja", "Ganesh Aarti") still opens a person's ("pooja rawat").
func isNotFirstNameWord(word string) bool {
	k := notNameKinds[word]
	return k&^notPersonKind != 0 || k != 0 && !names.Given(word)
}

// notNameKinds says, for a word of notNameWords, notPersonWords or the
// dictionary (a context word or one against a kind), which of them hold
// it: one map lookup where isNotNameWord, which prose asks of most words
// before a word that may close a name, took four. The init that
// completes notPersonWords builds it.
var notNameKinds map[string]uint8

const (
	notNameKind       = 1 << iota // notNameWords
	notPersonKind                 // notPersonWords
	notDictionaryKind             // a dictionary word with a kind or against one
)

func buildNotNameKinds() map[string]uint8 {
	m := make(map[string]uint8, len(notNameWords)+len(notPersonWords))
	for w := range notNameWords {
		m[w] |= notNameKind
	}
	for w := range notPersonWords {
		m[w] |= notPersonKind
	}
	for w, e := range dictionary {
		if e.pos != 0 || e.neg {
			m[w] |= notDictionaryKind
		}
	}
	return m
}

// cueGap marks the bytes that may end the word before a space before a
// cued name: the last letters of greetingWords and introWords, ',', ']', '-' and the ':'
// of a mail header (see mayCueName).
var cueGap = func() (t [256]bool) {
	for _, b := range []byte(",]-:iyormesfndIYORMESFND") {
		t[b] = true
	}
	t[0x93], t[0x94] = true, true // the last bytes of "–" and "—"
	return t
}()

// mayCueName is the main loop's quick test of the capital at i for
// cuedName: at a line's start, after a space that follows a comma, ']',
// " -" or a dash, after a greeting word, or after "From:", "To:" or "Cc:".
func mayCueName(buf []byte, i int) bool {
	if i < 3 {
		return true
	}
	switch buf[i-1] {
	case '\n':
		return true // after a sign-off ("Regards,"), or above an address
	case '@':
		return buf[i-2] == ' ' || buf[i-2] == '\n' // "@Lavina DSouza can you check"
	case '"':
		return buf[i-2] == ' ' && buf[i-3] == ':' // From: "Kitbor Bhutia" <…>
	case ' ':
		if b := buf[i-2]; b == ',' || b == ']' || b == '-' && (buf[i-3] == ' ' || buf[i-3] == '\n') || b == '>' { // "- Karma" (see dashSignatureBefore)
			return true
		}
		if b := buf[i-2]; (b == 0x93 || b == 0x94) && i >= 5 && buf[i-3] == 0x80 && buf[i-4] == 0xE2 {
			return true // "Pls unlock. – Karma" (see dashSignatureBefore)
		}
		if buf[i-2] == ':' && i >= 4 {
			// "From: Huzaifa Siddiqui <…>": a mail header's name
			a, b := buf[i-4]|0x20, buf[i-3]|0x20
			return a == 'o' && b == 'm' || a == 't' && b == 'o' || a == 'c' && b == 'c' // from, to, cc, bcc
		}
		// A greeting word: "hi", "hey", "hello", "dear", "namaste"; most
		// words fail on their last two letters.
		switch uint16(buf[i-3]|0x20)<<8 | uint16(buf[i-2]|0x20) {
		case 'h'<<8 | 'i', 'e'<<8 | 'y', 'l'<<8 | 'o', 'a'<<8 | 'r', 't'<<8 | 'e', 'a'<<8 | 'm', 'i'<<8 | 's', 'l'<<8 | 'f', '\''<<8 | 'm',
			'e'<<8 | 'r', 'f'<<8 | 'e', 'o'<<8 | 'n', 'n'<<8 | 'd', 'a'<<8 | 's', 'o'<<8 | 'u', 'r'<<8 | 'e',
			'a'<<8 | 'y', 'n'<<8 | 's', 't'<<8 | 's': // "birthday", "congratulations", "congrats"
		default:
			return false
		}
		k := i - 2
		for k >= 0 && i-2-k < 8 && isASCIILetter(buf[k]) {
			k--
		}
		if k >= 0 && isASCIILetter(buf[k]) {
			return false
		}
		var word [8]byte
		n := copy(word[:], buf[k+1:i-1])
		for m := range n {
			word[m] |= 0x20
		}
		return greetingWords[string(word[:n])] || introWords[string(word[:n])] || relationWords[string(word[:n])] ||
			string(word[:n]) == "you" // "Thank you Ashwini" (see greetingBefore)
	}
	return false
}

// englishBeforeMain are the words before English's "main" ("the main
// Gate"), which is no Hindustani "I".
var englishBeforeMain = map[string]bool{"the": true, "a": true, "our": true, "your": true, "my": true, "its": true, "their": true, "his": true, "her": true, "this": true, "that": true}

// introWords end the words with which people name themselves or another:
// "my name is", "this is", "myself", "I am", "mera naam" (see introBefore).
var introWords = map[string]bool{"is": true, "myself": true, "am": true, "m": true, "as": true, "naam": true}

// relationWords name a relative; after a possessive, the capitalised
// words that follow are the relative's name: "My father Sreeparna Dutta
// is …", "her husband Ritu Bhardwaj".
var relationWords = map[string]bool{
	"father": true, "mother": true, "daughter": true, "son": true, "wife": true, "husband": true, "brother": true,
	"sister": true,
}

// possessiveWords say whose name a "name is" gives.
var possessiveWords = map[string]bool{
	"my": true, "his": true, "her": true, "your": true, "their": true, "whose": true, "full": true, "first": true,
	"last": true, "real": true, "mera": true, "meraa": true, "uska": true, "unka": true, "aapka": true,
}

// cuedName reads a name of capitalised words, known to the gazetteer or
// not, at i where a sign-off, a greeting or a chat export says a name
// stands, and returns where scanning goes on, or i.
func (r *Redactor) cuedName(w *window, i int, out *[]match) int {
	start := i
	p, _ := initialsAt(w, i)
	end, n := p, 0
	kinColon := false // a form of address closes a chat's contact name: "Rameshbhai Papa:"
	for n < maxNameWords {
		q, ok := w.nameWordAt(p)
		if !ok {
			break
		}
		var buf [16]byte
		word := lowerASCII(buf[:], w.buf[p:min(q, p+len(buf))])
		if n > 0 && w.byteAt(q) == ':' && contactKinWords[string(word)] {
			if first := lowerASCII(buf[:], w.buf[start:min(end, start+len(buf))]); n == 1 && kinQualifiers[string(first)] {
				return i // "Chhoti Bua:", "Bade Papa:": a relation alone
			}
			kinColon = true
			break
		}
		if allMask(w, p, q) || (w.byteAt(p) == 'X' || w.byteAt(q-1) == 'X') && hasMaskWord(w.buf[p:q], 2) || isNotNameWord(string(word)) {
			return i // (and "XXX'A": a mask wrote the name's first part)
		}
		if _, title := honorifics[string(word)]; title && n == 0 && (w.byteAt(q) == '.' || w.byteAt(q) == ' ') {
			return i // "Dear Mr. Gupta": the name after the title is the honorific reader's
		}
		n++
		end = q
		if w.byteAt(q) != ' ' || !isUpperByte(w.byteAt(q+1)) {
			break
		}
		p = q + 1
	}
	if w.short || n == 0 {
		return i
	}
	if var16 := [16]byte{}; n == 1 && end-start <= len(var16) && lowerRoleSet[string(lowerASCII(var16[:], w.buf[start:end]))] {
		return i // "Tailor: Namaste Shabana", "Regards,\nProprietor": a role's word alone
	}
	after := w.byteAt(end)
	var reason string
	switch {
	case (after == ':' || after == ' ' && (kinColon || w.roleThenColonAt(end))) && w.chatStampBefore(start):
		reason = "chat sender" // "[23/08/26, 9:36 am] Bisahu Yadu (GRS): …" too
	case (after < 0 || after == '\n' || after == '\r' || after == ' ' && (w.byteAt(end+1) == '|' || w.byteAt(end+1) == '-') && w.byteAt(end+2) == ' ' ||
		after == ',' && w.byteAt(end+1) == ' ') && w.signOffBefore(start):
		reason = "name after a sign-off" // and their role: "Payal | Admin", "Payal, HR"
	case (after < 0 && w.atEOF || after == '\n' || after == '\r') && !(n == 1 && !hasLower(w.buf[start:end])) && w.inlineSignOffBefore(start):
		reason = "name after a sign-off" // "… not the card. Thanks, Perizad": the message's last words (not "Regards, EPFO")
	case (after < 0 && w.atEOF || after == '\n' || after == '\r') && !(n == 1 && !hasLower(w.buf[start:end])) && w.dashSignatureBefore(start):
		reason = "name signing a message" // "Pls unlock. – Karma" (not "- ITD", a sender's code)
	case (after == ' ' && w.byteAt(end+1) == '<' || after == '"' && w.byteAt(start-1) == '"' && w.byteAt(end+1) == ' ' && w.byteAt(end+2) == '<' ||
		n >= 2 && (after < 0 || after == '\n' || after == '\r')) && w.mailHeaderBefore(start):
		reason = "name in a mail header" // "From: Huzaifa Siddiqui <huzaifa.s@gmail.com>"
	case (after == '\n' || after == '\r') && w.lineStart(start) && w.addressBelow(end):
		reason = "name above an address" // "Merina Marak\n67, Nandanvan Apts\n…"
	case (after == '\n' || after == '\r') && w.lineStart(start) && w.addressLabelLineEndsAt(start-1) && w.hasHouseBelow(end):
		reason = "name under an address label" // "Delivery address:\nSanjit Debbarma\nD-275, …"
	case (after < 0 || after == '\n' || after == '\r' || after == ',' || after == '!' || after == '.' || after == ':' ||
		after == ' ' && (w.byteAt(end+1) == '(' || w.respectEndsAt(end+1))) && w.greetingBefore(start): // "Dear Roselin Fernandes (Sri Balaji Electronics),", "Dear Sradha ji,"
		reason = "name after a greeting"
	case after == ',' && w.byteAt(end+1) == ' ' && isLowerByte(w.byteAt(end+2)) && end-start >= 3 &&
		w.byteAt(start-1) == ' ' && w.byteAt(start-2) == ',' && w.byteAt(start-3) == 'I' &&
		(w.byteAt(start-4) < 0 || w.byteAt(start-4) == ' ' || w.byteAt(start-4) == '\n'):
		reason = "name after \"I,\"" // "I, Karthikeyan R., son of …": an affidavit's deponent
	case after == ' ' && (n > 1 || knownName(w, start)) && w.hereAfter(end+1):
		reason = "name before \"here\"" // "Hi Naveen, Vinayak here.": who writes says so
	case after == ' ' && (n > 1 || knownName(w, start)) && w.replyHeaderAround(start, end):
		reason = "name in a reply's header" // "On Fri, 14 Mar 2025, Jaspreet Sidhu <…> wrote:"
	case after == ' ' && w.lineStart(start) && w.postTimeAfter(end):
		reason = "chat sender" // "Shazia  3:19 PM\n": Slack and Teams head a message so
	case w.byteAt(start-1) == '@' && (w.byteAt(start-2) == ' ' || w.byteAt(start-2) == '\n' || w.byteAt(start-2) == '"' || w.byteAt(start-2) < 0) && (n > 1 || knownName(w, start)):
		reason = "a person mentioned" // "@Lavina DSouza can you check", not "@Override"
	case (w.introEndsAt(end) || after == ' ' && w.byteAt(end+1) == '(') && w.introBefore(start, after == ' ', n > 1 || knownName(w, start)):
		reason = "name after an introduction"
	default:
		return i
	}
	if w.short || allMask(w, start, end) {
		return i
	}
	*out = append(*out, match{kind: kPerson, start: start, end: end, score: scoreNameCue, reason: reason})
	return end
}

// respectEndsAt reports a word of respectWords at p that ends a greeting
// or a clause: the "ji" of "Dear Sradha ji,".
func (w *window) respectEndsAt(p int) bool {
	var buf [8]byte
	word, _ := w.wordAt(p, buf[:])
	if !respectWords[string(word)] {
		return false
	}
	switch w.byteAt(p + len(word)) {
	case ',', '!', '.', '\n', '\r', -1:
		return true
	}
	return false
}

// contactKinWords are the relations and forms of address that a phone's
// contact name adds after the name ("Rameshbhai Papa", "Sunita Didi",
// "Ramesh Uncle"), as a chat export shows it before the colon.
var contactKinWords = map[string]bool{
	"papa": true, "mummy": true, "mumma": true, "mom": true, "dad": true, "bhai": true, "bhaiya": true, "bhaiyya": true,
	"didi": true, "di": true, "uncle": true, "aunty": true, "auntie": true, "chacha": true, "chachi": true, "mama": true,
	"mami": true, "mamu": true, "nana": true, "nani": true, "dada": true, "dadi": true, "bua": true, "masi": true, "mausi": true,
	"jiju": true, "bhabhi": true, "ji": true, "sir": true, "madam": true, "maam": true, "anna": true, "akka": true,
	"garu": true, "sahab": true, "saab": true, "kaka": true, "kaki": true, "atya": true, "appa": true, "amma": true,
}

// kinQualifiers tell one relation from another in a contact's name, and
// name no one: "Chhoti Bua", "Bade Papa".
var kinQualifiers = map[string]bool{
	"chhoti": true, "choti": true, "chhote": true, "chote": true, "chhota": true, "chota": true, "bade": true,
	"badi": true, "bada": true, "bari": true, "bare": true, "mote": true, "moti": true, "pyari": true, "pyare": true,
	"my": true, "dear": true, "new": true, "old": true, "home": true, "office": true, "big": true, "small": true,
}

// nameWordAt reads a word of a name at p: a capital, then small letters
// or capitals (not both), an apostrophe or a hyphen allowed inside
// ("D'Souza", "Al-Hassan"). It returns the word's end.
func (w *window) nameWordAt(p int) (int, bool) {
	if !isUpperByte(w.byteAt(p)) {
		return p, false
	}
	upper := isUpperByte(w.byteAt(p + 1))
	q := p + 1
	if upper && (w.byteAt(p) == 'D' || w.byteAt(p) == 'O') && w.byteAt(p+2) >= 'a' && w.byteAt(p+2) <= 'z' {
		upper, q = false, p+2 // "DSouza", "OBrien": D'Souza and O'Brien with no apostrophe
	}
	for q-p < 24 {
		b := w.byteAt(q)
		switch {
		case upper && isUpperByte(b) || !upper && b >= 'a' && b <= 'z':
			q++
		case w.accentedAt(q, !upper):
			q += 2 // "Conceição", "JOÃO"
		case (b == '\'' || b == '-') && isUpperByte(w.byteAt(q+1)) && q-p <= 3:
			q += 2 // "D'Souza", "Al-Hassan"
		default:
			if q-p < 2 || isAlnumByte(b) || b >= 0x80 {
				return p, false
			}
			return q, true
		}
	}
	return p, false
}

// signOffBefore reports whether the line before the one that starts at i
// is a sign-off: at most four words, the last of signOffWords, a comma
// after it or not ("Regards,", "Thanks & Regards,", "Yours faithfully").
func (w *window) signOffBefore(i int) bool {
	k := i - 1
	for n := 0; n < 4 && (w.byteAt(k) == ' ' || w.byteAt(k) == '>'); n++ {
		k-- // "> Thanks,\n> Kavya": a reply quotes both lines
	}
	if w.byteAt(k) != '\n' {
		return false
	}
	k--
	if w.byteAt(k) == '\r' {
		k--
	}
	if w.byteAt(k) == ',' {
		k--
	}
	var buf [16]byte
	word, s := wordBefore(w, k+1, buf[:])
	if !signOffWords[string(word)] {
		return false
	}
	// The rest of the line: a few short words.
	for words, m := 1, s-1; ; m-- {
		b := w.byteAt(m)
		if b < 0 || b == '\n' {
			return true
		}
		if b == ' ' && isASCIILetter(byte(max(w.byteAt(m+1), 0))) {
			if words++; words > 4 {
				return false
			}
		}
		if s-m > 40 || b >= '0' && b <= '9' || b == ':' {
			return false
		}
	}
}

// inlineSignOffBefore reports a sign-off that opens a sentence on the
// name's own line, a comma and a space before i: "… Thanks, Perizad" as
// the last words of a message (see cuedName).
func (w *window) inlineSignOffBefore(i int) bool {
	if w.byteAt(i-1) != ' ' || w.byteAt(i-2) != ',' {
		return false
	}
	var buf [16]byte
	word, s := wordBefore(w, i-2, buf[:])
	if !signOffWords[string(word)] {
		return false
	}
	b := w.byteAt(s - 1)
	return b < 0 || b == '\n' || b == ' ' && (w.byteAt(s-2) == '.' || w.byteAt(s-2) == '!' || w.byteAt(s-2) == ')' && w.byteAt(s-3) == '.')
}

// dashSignatureBefore reports a dash between spaces before i, after a
// sentence's end or opening the line: "Pls unlock. – Karma", "— Navneet"
// (the name then ends the message or its line: see cuedName).
func (w *window) dashSignatureBefore(i int) bool {
	if w.byteAt(i-1) != ' ' {
		return false
	}
	k := i - 2
	switch {
	case w.byteAt(k) == '-':
		k--
	case w.byteAt(k) == 0x94 || w.byteAt(k) == 0x93: // "—", "–"
		if w.byteAt(k-1) != 0x80 || w.byteAt(k-2) != 0xE2 {
			return false
		}
		k -= 3
	default:
		return false
	}
	if b := w.byteAt(k); b < 0 || b == '\n' {
		return true
	}
	if w.byteAt(k) != ' ' {
		return false
	}
	b := w.byteAt(k - 1)
	return b == '.' || b == '!' || b == '?'
}

// greetingBefore reports a greeting word right before i, on its line,
// spaces and one comma between ("Hi Pradnya", "Welcome aboard, Rupa").
func (w *window) greetingBefore(i int) bool {
	// One space, as the main loop's quick test (mayCueName's caller) lets
	// through: "Hi Rahul", "Hi, Rahul".
	k := i - 1
	if w.byteAt(k) != ' ' {
		return false
	}
	k--
	if w.byteAt(k) == ',' {
		k--
	}
	var buf [16]byte
	word, s := wordBefore(w, k+1, buf[:])
	switch b := w.byteAt(s - 1); {
	case (b == '"' || b == '\'' || b == '`' || b == '(' || b == '{' || b == '<' || b == '>') && string(word) != "dear":
		return false // "Hello, Rust!" in a string literal or a tag: a program's greeting; text="Dear Sreeparna, …" is a letter's
	case isAlnumByte(b):
		return false // "0Hi": no word of its own
	}
	if n := len(word); n > 4 && string(word[n-3:]) == "ing" && w.byteAt(s-1) == ' ' {
		// "Thanks for riding, Sengchi!", "Thank you for shopping, Rupa."
		word, s = wordBefore(w, s-1, buf[:])
		if string(word) != "for" || w.byteAt(s-1) != ' ' {
			return false
		}
		word, s = wordBefore(w, s-1, buf[:])
		if string(word) == "you" && w.byteAt(s-1) == ' ' {
			word, s = wordBefore(w, s-1, buf[:])
			return string(word) == "thank"
		}
		return string(word) == "thanks"
	}
	if string(word) == "you" && w.byteAt(s-1) == ' ' {
		word, _ = wordBefore(w, s-1, buf[:])
		return string(word) == "thank" // "Thank you Ashwini."
	}
	return greetingWords[string(word)]
}

// introEndsAt reports what may follow a name an introduction gives, at
// p: the sentence's or the line's end, a comma, or the sentence going on
// in lower case ("My name is Kiran.", "this is Rahul from …").
func (w *window) introEndsAt(p int) bool {
	switch a := w.byteAt(p); a {
	case -1, '\n', '\r', ',', '.', '!', '?':
		return true
	case ' ':
		return isLowerByte(w.byteAt(p + 1))
	}
	return false
}

// introBefore reports, right before the name at i, the words with which
// people name themselves or another: "my name is", "her name is",
// "myself", "I am", "I'm", and "this is" opening a sentence or a speaker's
// line ("Caller: This is Chaitanya Yerramsetti."), where the name ends
// the sentence (not "This is Jira Cloud and it works"); runOn says words
// follow the name. After "this is" and "I am" a single word must be a
// name the gazetteer knows ("This is OK", "I am Fine"): plain says so.
func (w *window) introBefore(i int, runOn, plain bool) bool {
	k := i - 1
	if w.byteAt(k) != ' ' {
		return false
	}
	var buf [16]byte
	word, s := wordBefore(w, k, buf[:])
	switch string(word) {
	case "myself":
		return true
	case "father", "mother", "daughter", "son", "wife", "husband", "brother", "sister":
		// "My father Sreeparna Dutta is undergoing …"
		if !plain || w.byteAt(s-1) != ' ' {
			return false
		}
		word, _ = wordBefore(w, s-1, buf[:])
		return possessiveWords[string(word)] && string(word) != "full" && string(word) != "first" && string(word) != "last"
	case "as":
		if w.byteAt(s-1) != ' ' {
			return false
		}
		word, _ = wordBefore(w, s-1, buf[:])
		return string(word) == "known" // "shall hereafter be known as Basantia Munda"
	case "naam":
		// Hinglish puts the name before its verb: "mera naam Raghuveer Sen
		// hai", "uska naam Meena Kumari".
		if !plain || w.byteAt(s-1) != ' ' {
			return false
		}
		word, _ = wordBefore(w, s-1, buf[:])
		return possessiveWords[string(word)] && string(word) != "full" && string(word) != "first" && string(word) != "last"
	case "am":
		if w.byteAt(s-1) != ' ' || w.byteAt(s) == 'A' {
			return false // (a title-case phrase: "I Am Happy")
		}
		word, s = wordBefore(w, s-1, buf[:])
		return plain && len(word) == 1 && word[0] == 'i' && !isASCIILetter(byte(max(w.byteAt(s-1), 0)))
	case "m":
		return plain && w.byteAt(s-1) == '\'' && w.byteAt(s-2)|0x20 == 'i' && !isASCIILetter(byte(max(w.byteAt(s-3), 0)))
	case "main", "mai":
		// Hindustani's "I": "Bhaiya main Kiran, ye naya number …"; not
		// English's "the main Road" (the word must be a known name's)
		if !plain {
			return false
		}
		b := w.byteAt(s - 1)
		if b == ' ' {
			word, _ = wordBefore(w, s-1, buf[:])
			return !englishBeforeMain[string(word)]
		}
		return b < 0 || b == '\n' || b == ',' || b == '.' || b == '!' || b == '?'
	case "is":
		if w.byteAt(s-1) != ' ' {
			return false
		}
		word, s = wordBefore(w, s-1, buf[:])
		switch string(word) {
		case "name", "naam":
			// Whose name: "my name is", "the patient's name is", "full name
			// is"; not "the server name is Apollo".
			if w.byteAt(s-1) != ' ' {
				return false
			}
			if w.byteAt(s-2) == 's' && w.byteAt(s-3) == '\'' {
				return true
			}
			word, _ = wordBefore(w, s-1, buf[:])
			return possessiveWords[string(word)]
		case "given", "person", "member", "officer", "executive", "operator", "child", "adult", "infant", "customer":
			return false // "the member is Active Premium", "the customer is Happy Now"
		default:
			// A role the text names someone in: "Landlord is Dhwani Modh".
			// The gazetteer must know the first word: "the applicant is Not
			// Eligible", "Patient is Stable Now" are a record's states.
			_, role := nameLabels[string(word)]
			return role && len(word) > 3 && !runOn && knownName(w, i)
		case "this":
			if runOn || !plain {
				return false
			}
			k := s - 1
			for n := 0; n < 2 && w.byteAt(k) == ' '; n++ {
				k--
			}
			b := w.byteAt(k)
			return b < 0 || b == '\n' || k < s-1 && (b == ':' || b == '.' || b == '!' || b == '?')
		}
	}
	return false
}

// postTimeAfter reports a message's time after the sender's name that
// ends at e, and nothing after it on the line, as Slack and Teams copy a
// message's head: "Shazia  3:19 PM", "Lavina DSouza  10:47"; or the time
// in brackets and a colon, the message after it: "Yash (9:22 pm): …".
func (w *window) postTimeAfter(e int) bool {
	k := e
	for n := 0; n < 3 && w.byteAt(k) == ' '; n++ {
		k++
	}
	paren := k > e && w.byteAt(k) == '('
	if paren {
		k++ // "Yash (9:22 pm): which account?"
	}
	if k == e || !isDigitByte(w.byteAt(k)) {
		return false
	}
	k++
	if isDigitByte(w.byteAt(k)) {
		k++
	}
	if w.byteAt(k) != ':' || !isDigitByte(w.byteAt(k+1)) || !isDigitByte(w.byteAt(k+2)) {
		return false
	}
	k += 3
	if w.byteAt(k) == ' ' && (w.byteAt(k+1)|0x20 == 'a' || w.byteAt(k+1)|0x20 == 'p') && w.byteAt(k+2)|0x20 == 'm' {
		k += 3
	}
	b := w.byteAt(k)
	if paren {
		return b == ')' && w.byteAt(k+1) == ':'
	}
	return b < 0 || b == '\n' || b == '\r'
}

// knownName reports whether the word at i is a given or family name the
// gazetteer knows.
func knownName(w *window, i int) bool {
	q, ok := w.nameWordAt(i)
	if !ok || q > len(w.buf) {
		return false
	}
	word := string(w.buf[i:q])
	return names.Given(word) || names.Surname(word)
}

// roleThenColonAt reports a role in brackets after the name that ends at
// e, then the colon of a chat's sender: " (GRS):", " (ASHA):".
func (w *window) roleThenColonAt(e int) bool {
	q := roleInBracketsEnd(w.byteAt, e)
	// Not "Visitor (Harpreet):", "Global Study Consultants (Kuldeep):":
	// a name in the brackets is the person, the words before a role or a
	// business.
	return q > e && w.byteAt(q) == ':' && !isKnownName(w.buf[e+2:min(q-1, len(w.buf))])
}

// chatStampBefore reports a chat export's time stamp before the sender's
// name at i, at the start of its line: "[1/10/24, 11:46:35] " (iOS) or
// "27/04/22, 6:21 pm - " (Android).
func (w *window) chatStampBefore(i int) bool {
	k := i - 1
	if w.byteAt(k) != ' ' {
		return false
	}
	k--
	switch w.byteAt(k) {
	case ']':
		digit := false // "[x] OVD:", "[ ] Task:": a checklist's box, no time stamp
		for n := 0; n < 32; n++ {
			k--
			switch b := w.byteAt(k); {
			case b == '[':
				b := w.byteAt(k - 1)
				return digit && (b < 0 || b == '\n')
			case b < 0 || b == '\n':
				return false
			case isDigitByte(b):
				digit = true
			}
		}
	case '-':
		if w.byteAt(k-1) != ' ' {
			return false
		}
		colon := false
		for n := 0; n < 24; n++ {
			k--
			switch b := w.byteAt(k); {
			case b < 0 || b == '\n':
				return colon && isDigitByte(w.byteAt(k+1))
			case b == ':':
				colon = true
			case !isDigitByte(b) && b != '/' && b != ',' && b != ' ' && b != '.' && b != '-' && !isASCIILetter(byte(b)):
				return false
			}
		}
	}
	return false
}

// hereAfter reports "here" at p, then the end of a clause: "Vinayak
// here.", "Ravi here,".
func (w *window) hereAfter(p int) bool {
	if w.byteAt(p) != 'h' || w.byteAt(p+1) != 'e' || w.byteAt(p+2) != 'r' || w.byteAt(p+3) != 'e' {
		return false
	}
	switch w.byteAt(p + 4) {
	case '.', ',', '!', '\n', '\r', -1:
		return true
	}
	return false
}

// replyHeaderAround reports whether the name [start, end) stands in the
// line a mail client writes above a quoted reply: "On Fri, Jaspreet
// wrote:", "> On 14 Mar 2025 at 10:02, Jaspreet Sidhu <j@x.in> wrote:".
func (w *window) replyHeaderAround(start, end int) bool {
	p := end + 1
	if w.byteAt(p) == '<' {
		for p++; p-end < 96 && w.byteAt(p) != '>'; p++ {
			if b := w.byteAt(p); b < 0 || b == ' ' || b == '\n' {
				return false
			}
		}
		p += 2 // "> "
	}
	for k, c := range []byte("wrote:") {
		if w.byteAt(p+k) != int(c) {
			return false
		}
	}
	// The line opens with "On ", after any quote marks.
	k := w.lineStartWithin(start, 94)
	for w.byteAt(k) == '>' || w.byteAt(k) == ' ' {
		k++
	}
	return w.byteAt(k) == 'O' && w.byteAt(k+1) == 'n' && w.byteAt(k+2) == ' '
}

// lineStart reports whether i starts a line (or the input).
func (w *window) lineStart(i int) bool {
	b := w.byteAt(i - 1)
	return b < 0 || b == '\n'
}

// addressBelow reports whether the line after the one that ends at e
// opens an address block: a house number, and a PIN code within the
// block's lines (see pinWithin).
func (w *window) addressBelow(e int) bool {
	p, ok := w.houseBelow(e)
	return ok && w.pinWithin(p, p+maxAddress, maxAddressLines+1)
}

// houseBelow reports whether the line after the one that ends at e opens
// with a house number and a capitalised word, and where that line starts.
func (w *window) houseBelow(e int) (int, bool) {
	p := e
	if w.byteAt(p) == '\r' {
		p++
	}
	if w.byteAt(p) != '\n' {
		return p, false
	}
	p++
	return p, w.houseNumberAt(p) && w.capitalAfterHouse(p)
}

// hasHouseBelow is houseBelow's yes or no.
func (w *window) hasHouseBelow(e int) bool {
	_, ok := w.houseBelow(e)
	return ok
}

// mailHeaderBefore reports a mail header's "From:", "To:", "Cc:" or
// "Bcc:" at the start of the line, right before the name at i.
func (w *window) mailHeaderBefore(i int) bool {
	k := i - 1
	if w.byteAt(k) == '"' {
		k-- // From: "Kitbor Bhutia" <…>
	}
	if w.byteAt(k) != ' ' || w.byteAt(k-1) != ':' {
		return false // one space after the colon, as mayCueName asks ("CC:AA AA" is none)
	}
	k--
	var buf [8]byte
	word, s := wordBefore(w, k, buf[:])
	switch string(word) {
	case "from", "to", "cc", "bcc":
		b := w.byteAt(s - 1)
		return b < 0 || b == '\n' || b == '>' || b == ' ' && w.byteAt(s-2) == '>' // quoted replies: "> From: …"
	}
	return false
}

// maxLowerLine bounds how far mayBeLowerNameLine reads.
const maxLowerLine = 64

// mayBeLowerNameLine is the main loop's quick test, at a line's first byte
// p, a lower-case letter, for lowerNameLine: lower-case words and the
// marks of a key ("priya (wife) - "), up to ": " or the line's end, with
// a word the gazetteer may know first or right after the key's mark.
// Most lines that open in lower case fail at their first digit or
// capital; an access log's "unix: - - [" on the gazetteer's filter.
func mayBeLowerNameLine(buf []byte, p int, atEOF bool) bool {
	if key := lowerKeyEnd(buf, p); key > 0 && key < len(buf) && mayBeNameWord(buf, key) {
		return true // "cust savio rodrigues"
	}
	mark := -1 // where the word after " - " or ": " starts
	spaces := 0
	for k := p; k-p < maxLowerLine; k++ {
		if k >= len(buf) {
			return !atEOF || mark > 0 && mayBeNameWord(buf, mark) || mark < 0 && spaces > 0 && mayBeNameWord(buf, p)
		}
		switch b := buf[k]; {
		case b >= 'a' && b <= 'z' || b == '.' || b == '(' || b == ')':
		case (b == '_' || b >= '0' && b <= '9') && mark < 0 && spaces == 0 && k > p && (buf[k-1] == '_' || buf[k-1] >= '0' && buf[k-1] <= '9' || b == '_'):
			// a sender's handle: "poonam_10: poonam singh"
		case b >= '0' && b <= '9' && mark < 0 && spaces == 1 && buf[k-1] == ' ':
			// a numbered key: "witness 1: ramesh patel"
		case b == ',' && mark > 0:
			return mayBeNameWord(buf, mark) // a list's first: "attendees: kavita rao, suresh menon"
		case b == ',' && mark < 0 && k > p && (k+2 >= len(buf) || buf[k+1] == ' ' && buf[k+2] == '['):
			return k+2 >= len(buf) && !atEOF || k+2 < len(buf) && mayBeNameWord(buf, p) // "pallabi, [07:57]": a sender (see lowerSenderKnown)
		case b == ' ':
			if k+1 < len(buf) && buf[k+1] == ' ' {
				// "khushbu  10:42 AM": a chat app's sender and time, as
				// Slack's copied messages give them; nothing else.
				return mark < 0 && spaces == 0 && chatStampAt(buf, k, atEOF) && mayBeNameWord(buf, p)
			}
			if spaces++; spaces > 2 && mark < 0 {
				return false // prose: more words than a sender's name or a key has
			}
		case b == '-':
			if mark < 0 && k > p && buf[k-1] == ' ' && k+2 < len(buf) && buf[k+1] == ' ' {
				mark = k + 2
			}
		case b == ':' || b == '>': // "caller> kaushik sarkar": a transcript's prompt
			if k+1 >= len(buf) {
				return !atEOF
			}
			if k == p || buf[k+1] != ' ' {
				return false
			}
			if k+2 < len(buf) && (!isAlnumByte(int(buf[k+2])) || buf[k+2] == 'X' || isASCIIDigitByte(buf[k+2]) && !mayBeNameWord(buf, p)) {
				return false // a log's field: "unix: - - [15/Nov/2026…"; or what a mask wrote over a value ("aadhan: XXXXXX")
			}
			if mayBeNameWord(buf, p) {
				return true // a sender: "sunita pandey: …"
			}
			if mark < 0 {
				mark = k + 2
			}
		case b == '\n' || b == '\r':
			if mark < 0 && spaces > 0 {
				return mayBeNameWord(buf, p) // a name alone on its line: "kavitha natarajan"
			}
			return mark > 0 && mayBeNameWord(buf, mark)
		default:
			return false
		}
	}
	return false
}

// lowerKeyEnd returns where the name starts after a word for a person
// that opens a line at p, one space on ("cust anjali yadav", "patient
// rukhsar siddiqui"), or -1.
func lowerKeyEnd[T ~string | ~[]byte](buf T, p int) int {
	k := p
	for k < len(buf) && k-p <= 10 && buf[k] >= 'a' && buf[k] <= 'z' {
		k++
	}
	if k >= len(buf) || buf[k] != ' ' {
		return -1
	}
	switch word := string(buf[p:k]); word {
	case "name", "naam", "nm":
		return k + 1
	default:
		if lowerRoleSet[word] {
			return k + 1
		}
	}
	return -1
}

// mayBeNameWord reports whether the lower-case word at p passes the
// gazetteer's quick filter, or the buffer ends before it does.
func mayBeNameWord(buf []byte, p int) bool {
	if p+3 < len(buf) && buf[p+1] == '.' && buf[p+2] == ' ' {
		p += 3 // an initial first: "s. senthil"
	}
	k := p
	for k < len(buf) && buf[k] >= 'a' && buf[k] <= 'z' {
		k++
	}
	if k == len(buf) {
		return true // candidate holds and asks again
	}
	return k-p >= 2 && names.MaybeName(buf[p:k])
}

// mayOpenLowerFullName reports, at a word of lower-case letters at i,
// two words the gazetteer's filter lets by, one space apart: a given name
// and a family name typed in lower case, which freeLowerFullName reads
// ("hostel alert: nirali dave not in room"). It reports true when buf
// ends too soon to tell, so that candidate holds and asks again.
func (r *Redactor) mayOpenLowerFullName(buf []byte, i int, atEOF bool) bool {
	if i+2 >= len(buf) {
		return !atEOF
	}
	a, b, c := buf[i]-'a', buf[i+1]-'a', buf[i+2]-'a'
	if a >= 26 || b >= 26 || c >= 26 || r.cfg.givenOpenings[int(a)*26+int(b)]&(1<<c) == 0 {
		return false // no given name opens so (see names.MayOpenGiven)
	}
	k := i + 3
	for k < len(buf) && k-i <= maxLowerFullWord && buf[k] >= 'a' && buf[k] <= 'z' {
		k++
	}
	if k+1 >= len(buf) {
		// (At the input's end, a word after a line's dash may sign it: see
		// freeLowerGiven.)
		return !atEOF && k-i <= maxLowerFullWord || k == len(buf) && i >= 2 && buf[i-1] == ' ' && buf[i-2] == '-' && k-i >= 3 && k-i <= maxLowerFullWord && names.MaybeName(buf[i:k])
	}
	if k-i >= 3 && k-i <= maxLowerFullWord && lowerGivenEvidenceAt(buf, i, k) {
		return names.MaybeName(buf[i:k]) // a signature's dash, a possessive, "ji" (see freeLowerGiven)
	}
	if k-i < 3 || k-i > maxLowerFullWord || buf[k] != ' ' || buf[k+1] < 'a' || buf[k+1] > 'z' || !names.MaybeName(buf[i:k]) {
		return false
	}
	if k+3 < len(buf) && buf[k+2] == '.' && buf[k+3] == ' ' {
		return true // an initial between: "rashmi k. bhat"
	}
	m := k + 1
	for m < len(buf) && m-k <= maxLowerFullWord && buf[m] >= 'a' && buf[m] <= 'z' {
		m++
	}
	switch {
	case m-k-1 > maxLowerFullWord:
		return false
	case m == len(buf) && !atEOF:
		return true
	}
	return m-k-1 >= 2 && names.MaybeName(buf[k+1:m])
}

// lowerGivenEvidenceAt is the quick test of freeLowerGiven's signs
// around the word [i, k): a dash and a space before it, a comma or " -"
// after a line's first word, "'s" or " ji" after it, or what may open a
// phone's number. It may say yes where freeLowerGiven finds none,
// and does where buf holds too little before i to tell (a dash in a
// stream's history), but for i == 0, where scanLoop looks at that history
// itself; k+1 < len(buf).
func lowerGivenEvidenceAt(buf []byte, i, k int) bool {
	return i >= 2 && buf[i-1] == ' ' && buf[i-2] == '-' && (signsAfterDash(int(buf[k]), int(buf[k+1])) || buf[k] == '\n' || buf[k] == '\r') || i == 1 && buf[0] == ' ' || // (what stands before buf decides: candidate reads it)
		(i == 0 || buf[i-1] == '\n') && (buf[k] == ',' || buf[k] == ' ' && buf[k+1] == '-') || // only a line's first word: most words end at a comma
		buf[k] == '\'' && buf[k+1] == 's' || buf[k] == ' ' && buf[k+1] == 'j' && k+2 < len(buf) && buf[k+2] == 'i' ||
		buf[k] == ' ' && (isASCIIDigitByte(buf[k+1]) || buf[k+1] == '(' || buf[k+1] == '+') || // a phone after it
		buf[k] == ' ' && lowerVerbFirst[buf[k+1]] && mayBeLowerVerb(buf, k+1)
}

// kinWords are Hindi's words for relatives that follow a given name, as
// a family calls its members: "baljinder mama", "nisha mausi", "Sunil
// chacha". The brother's and the sister's, bhaiya and didi, are
// afterNameCues'.
var kinWords = map[string]bool{
	"mama": true, "mami": true, "mausi": true, "masi": true, "chacha": true, "chachi": true, "bua": true,
	"fufa": true, "nana": true, "nani": true, "dada": true, "dadi": true, "jiju": true, "jija": true, "tauji": true,
	"mamaji": true, "mausaji": true, "chachaji": true, "bhabhi": true,
}

// kinWordAt reports a word of kinWords at p, no letter or digit after it.
func (w *window) kinWordAt(p int) bool { return w.wordOfSetAt(p, kinWords) > 0 }

// wordOfSetAt returns the length of the word at p, ASCII letters in any
// case, when set holds it lower-cased and no letter or digit follows it;
// or 0.
func (w *window) wordOfSetAt(p int, set map[string]bool) int {
	var buf [12]byte
	word, ok := w.wordAt(p, buf[:])
	if !ok || !set[string(word)] || isAlnumByte(w.byteAt(p+len(word))) {
		return 0
	}
	return len(word)
}

// lowerVerbs are verbs in the past tense that, after a given name in
// lower case, say it names whoever did it: "pickup guy karthikeyan asked
// for my dl", "ankit paid 500". (Not "will" or "is": "ankit and" and
// their kin follow words as often as names.)
var lowerVerbs = map[string]bool{
	"asked": true, "said": true, "called": true, "paid": true, "sent": true, "told": true, "replied": true,
	"wrote": true, "confirmed": true, "shared": true, "submitted": true, "informed": true, "messaged": true,
	"texted": true, "agreed": true, "bought": true, "came": true, "joined": true, "signed": true, "visited": true,
}

// lowerVerbFirst marks the letters lowerVerbs and kinWords open with.
var lowerVerbFirst = func() (t [256]bool) {
	for v := range lowerVerbs {
		t[v[0]] = true
	}
	for v := range kinWords {
		t[v[0]] = true
	}
	return t
}()

// mayBeLowerVerb is the quick test of personVerbAt and kinWordAt on buf
// alone: a word of lowerVerbs or kinWords at p, or buf ends within the
// word.
func mayBeLowerVerb(buf []byte, p int) bool {
	q := p
	for q < len(buf) && q-p <= 10 && isLowerByte(int(buf[q])) {
		q++
	}
	return q == len(buf) || (lowerVerbs[string(buf[p:q])] || kinWords[string(buf[p:q])]) && !isAlnumByte(int(buf[q]))
}

// personVerbAt reports a word of lowerVerbs at p, no letter or digit
// after it.
func (w *window) personVerbAt(p int) bool { return w.wordOfSetAt(p, lowerVerbs) > 0 }

// signsAfterDash reports what may follow a given name that signs after a
// dash, a and a1 the two bytes after it (-1 past the input): a comma, a
// full stop that ends the line or the sentence, or " &" or " (". Not '.'
// then a letter: "- aadhaar.otp.send" is a logger's event. freeLowerGiven
// asks it, and lowerGivenEvidenceAt, its quick test.
func signsAfterDash(a, a1 int) bool {
	return a == ',' || a == '.' && (a1 == ' ' || a1 == '\n' || a1 < 0) || a == ' ' && (a1 == '&' || a1 == '(')
}

// maxLowerFullWord bounds a word of a name freeLowerFullName reads.
const maxLowerFullWord = 14

// freeLowerFullName reads a name typed in lower case with no word to cue
// it, at i after a space or a line's start: a given name no everyday word
// shares, then a family name no everyday word shares, and between them
// only names' words or initials ("pulkit jain dob …", "proposer poonam
// pandit informed", "cust lekshmi kurup | gstin …"). A given name after
// another ("rahul priya") or before a place's word ("vijay nagar") is no
// such name, and neither is a user's handle ("nirali.dave").
func (r *Redactor) freeLowerFullName(w *window, i int, out *[]match) int {
	if b := w.byteAt(i - 1); b != ' ' && b != '\n' && b != '(' && b >= 0 || len(*out) > 0 && (*out)[len(*out)-1].end > i {
		return i
	}
	// The words, each read no further than a name's longest: a run of
	// letters longer than that ends the name before it, and is never
	// held for (see HoldbackCustom).
	s, e, n, q := i, i, 0, i
	for n < maxNameWords {
		p := q
		for q-p <= maxLowerFullWord && isLowerByte(w.byteAt(q)) {
			q++
		}
		if q == p || q-p > maxLowerFullWord {
			break
		}
		if w.byteAt(q) == '.' && q-p == 1 {
			q++ // "rashmi k. bhat"
		}
		n, e = n+1, q
		if w.byteAt(q) != ' ' || !isLowerByte(w.byteAt(q+1)) {
			break
		}
		q++
	}
	if w.short || n < 2 {
		return i
	}
	run := e
	e, n = w.lowerNamePrefix(s, e)
	if n < 2 || isAlnumByte(w.byteAt(e)) || w.byteAt(e) >= 0x80 || e == run && handleGlueAt(w, e) {
		return i
	}
	if e >= len(w.buf) && !w.atEOF {
		w.short = true // what ends the name decides
		return i
	}
	k := e
	for k > s && isLowerByte(w.byteAt(k-1)) {
		k--
	}
	var buf [maxLowerFullWord + 2]byte
	if e-k < 2 || e-k > len(buf) {
		return i
	}
	last := string(lowerASCII(buf[:], w.buf[k:e]))
	if !names.Surname(last) || names.Ambiguous(last) || isNotNameWord(last) || !w.lowerNameKnown(s, e) {
		return i
	}
	*out = append(*out, match{kind: kPerson, start: s, end: e, score: scoreLowerFullName, reason: "given name and family name in lower case"})
	return e
}

// freeLowerGiven reads a given name typed in lower case alone at i, after
// a space or a line's start, that what stands right around it makes a
// person's:
//   - a signature's dash before it, and a comma, a full stop, " &" or a
//     note in brackets after it: "- sachin, email …", "- manjunath &
//     asha", "- sagar (owner) 66051 50301"; an everyday word's given name
//     will do there ("- pooja, 95257 42501");
//   - a possessive after it: "prabhu's mother" (not "naveen's party":
//     naveen is an everyday word too);
//   - "ji" after it, opening a clause, for a given name that is an
//     everyday word too ("pooja ji, your vote …", "mamta ji advance …"):
//     lowerNameBefore takes the others. A god's name is no one's ("ram
//     ji ki kripa");
//   - opening a line, a comma or a dash and a word after it: "shafeeq,
//     appa's dialysis …", "harleen - week 6: …";
//   - a mobile number after it, an everyday word's given name too:
//     "contact geeta (8650902207)", "- debolina 903 260 1765" (not
//     after the number's own word: "number diya 60693 64970", gave).
//
// Signs and gazetteer alike are read from w, history included, so that a
// stream cut anywhere decides as String does. It returns past the name,
// or i.
func (w *window) freeLowerGiven(i int, out *[]match) int {
	if b := w.byteAt(i - 1); b != ' ' && b != '\n' && b >= 0 {
		return i
	}
	e := i
	for e-i <= maxLowerFullWord && isLowerByte(w.byteAt(e)) {
		e++
	}
	if e+3 >= len(w.buf) && !w.atEOF {
		w.short = true // what follows the word decides
		return i
	}
	if e-i < 3 || e-i > maxLowerFullWord || len(*out) > 0 && (*out)[len(*out)-1].end > i {
		return i
	}
	// The signs first, the gazetteer after: most words have none. Each
	// sign says whether the name may, or must, be an everyday word too.
	a, a1 := w.byteAt(e), w.byteAt(e+1)
	var reason string
	var everyday int8 // 0: either; 1: must be one; -1: must not be
	switch {
	case w.byteAt(i-1) == ' ' && w.byteAt(i-2) == '-' && (w.byteAt(i-3) == ' ' || w.byteAt(i-3) == '\n' || w.byteAt(i-3) < 0) && signsAfterDash(a, a1):
		reason = "given name in lower case signing after a dash"
	case w.byteAt(i-1) == ' ' && w.byteAt(i-2) == '-' && (w.byteAt(i-3) == '\n' || w.byteAt(i-3) < 0 && w.base+int64(i-3) < 0) && (a == '\n' || a == '\r' || a < 0 && w.atEOF):
		reason, everyday = "given name in lower case signing after a dash, alone on its line", -1 // "…within two days.\n- gaurish"
	case a == '\'' && a1 == 's' && !isAlnumByte(w.byteAt(e+2)):
		reason, everyday = "given name in lower case before a possessive", -1
	case a == ' ' && w.wordIs(e+1, "ji") && w.clauseOpensAt(i):
		reason, everyday = "given name in lower case before \"ji\"", 1
	case w.lineOpensAt(i) && (a == ',' && a1 == ' ' || a == ' ' && a1 == '-' && w.byteAt(e+2) == ' ' && isASCIILetter(byte(max(w.byteAt(e+3), 0)))):
		reason, everyday = "given name in lower case opening a line, a comma or a dash after", -1 // "shafeeq, appa's dialysis …", "harleen - week 6: …"
	case a == ' ' && isLowerByte(a1) && w.personVerbAt(e+1):
		reason, everyday = "given name in lower case before a person's verb", -1 // "pickup guy karthikeyan asked for my dl"
	case a == ' ' && isLowerByte(a1) && w.kinWordAt(e+1):
		reason = "given name in lower case before a relative's word" // "baljinder mama ki train", "nisha mausi"
	case a == ' ' && (isASCIIDigitByte(byte(max(a1, 0))) || a1 == '(' || a1 == '+'):
		phone, short := w.mobileAfter(e + 1)
		if short {
			w.short = true
			return i
		}
		var pb [maxLowerFullWord + 2]byte
		if prev, _ := wordBefore(w, i-1, pb[:]); !phone || phoneWords[string(prev)] || deityNames[string(prev)] {
			return i // but "unka naya number diya 60693 64970": a verb (gave) after the number's word; "lakshmi puja": a feast
		}
		reason = "given name in lower case before a mobile number" // "contact geeta (8650902207)", "- debolina 903 260 1765": an everyday word's given name too
	default:
		return i
	}
	var buf [maxLowerFullWord + 2]byte
	word := string(lowerASCII(buf[:], w.buf[i:e]))
	if !names.Given(word) || isNotFirstNameWord(word) || endearments[word] || deityNames[word] {
		return i
	}
	if ambiguous := names.Ambiguous(word); everyday > 0 && !ambiguous || everyday < 0 && ambiguous {
		return i
	}
	*out = append(*out, match{kind: kPerson, start: i, end: e, score: scoreNameCue, reason: reason})
	return e
}

// phoneWords, right before a word and a phone's number, make the word a
// verb of giving or sending it, not its holder's name.
var phoneWords = map[string]bool{"number": true, "no": true, "num": true, "mobile": true, "mob": true, "phone": true, "ph": true, "whatsapp": true, "nambar": true}

// mobileAfter reports a mobile number at p, in a bracket or not, as people
// write theirs after their name, in any grouping and with any prefix
// validators.Mobile takes ("(8650902207)", "903 260 1765", "+91 92626
// 81122"; not a landline's "080 2345 6789"). short says buf ends before
// it can tell.
func (w *window) mobileAfter(p int) (phone, short bool) {
	if w.byteAt(p) == '(' {
		p++
	}
	q := p
	if w.byteAt(q) == '+' {
		q++
	}
	for ; q-p < maxMobileForm; q++ {
		b := w.byteAt(q)
		if b < 0 {
			if !w.atEOF {
				return false, true
			}
			break
		}
		if !isASCIIDigitByte(byte(b)) && !((b == ' ' || b == '-') && q > p && isASCIIDigitByte(byte(max(w.byteAt(q+1), 0)))) {
			break
		}
	}
	if q-p < 10 || q-p == maxMobileForm || isAlnumByte(w.byteAt(q)) {
		return false, false
	}
	return validators.Mobile(string(w.buf[p:q])) == nil, false
}

// maxMobileForm bounds the bytes of a mobile number as mobileAfter reads
// one: "+91 98765 43210" is 15.
const maxMobileForm = 20

// deityNames are given names that, before "ji", name a god as often as a
// person: "ram ji ki kripa", "sai ji".
var deityNames = map[string]bool{
	"ram": true, "shyam": true, "krishna": true, "ganesh": true, "ganesha": true, "hanuman": true, "sai": true,
	"shiv": true, "shiva": true, "durga": true, "kali": true, "vishnu": true, "bajrang": true, "bhole": true,
	"mata": true, "guru": true, "baba": true, "lakshmi": true, "laxmi": true, "saraswati": true, "ganga": true,
	"mahalakshmi": true, "balaji": true, "venkateswara": true, "jagannath": true, "ganpati": true, "ganapati": true, "mahadev": true,
}

// scoreLowerFullName is a name freeLowerFullName reads: a full name the
// gazetteer knows, with no capitals and no cue to say it is one.
const scoreLowerFullName = 0.7

// lowerNameLine reads a name typed in lower case on a line that opens at
// p: a chat's sender before its colon ("sunita pandey: ji namaste",
// "s. senthil: …", "nimisha: bhai ye …"), a key's value to the line's
// end after " - ", ": " or "> " ("papa - venkatesh iyer", "me - karthik v
// iyer", "poonam_10: poonam singh", "caller> kaushik sarkar"), or the
// whole line ("kavitha natarajan").
// The first word must be a known given name and no everyday word, every
// other word a name's or an initial; a value needs two words. "user:",
// "agent:" and "bot:" are roles. It returns where scanning goes on: past
// the name, or past p alone, so that the main loop reads the rest of the
// line as it would have.
func (r *Redactor) lowerNameLine(w *window, p int, out *[]match) int {
	if e := w.chatHandleEnd(p); e > p {
		// "khushbu  10:42 AM", "krupa.shah  11:46 AM": a sender's handle
		// over the message, its first word a known given name.
		*out = append(*out, match{kind: kPerson, start: p, end: e, score: scoreLoneName, reason: "chat sender's handle over the message"})
		return e
	}
	if s, e, n := w.lowerNameAt(p); n > 0 && w.byteAt(e) == ':' && w.byteAt(e+1) == ' ' && isAlnumByte(w.byteAt(e+2)) && w.byteAt(e+2) != 'X' && w.lowerNameKnown(s, e) { // (a message may open with a number: "anirban: 128/9, haripada dutta lane")
		score := scoreFullName
		if n == 1 {
			score = scoreLoneName
		}
		*out = append(*out, match{kind: kPerson, start: s, end: e, score: score, reason: "chat sender in lower case"})
		return e
	}
	if s, e, n := w.lowerNameAt(p); n > 0 && w.byteAt(e) == ',' && w.byteAt(e+1) == ' ' && w.byteAt(e+2) == '[' && isDigitByte(w.byteAt(e+3)) && w.lowerSenderKnown(s, e, n) {
		// "pallabi, [07:57]": a sender over the message, as Telegram's
		// copied messages head it
		*out = append(*out, match{kind: kPerson, start: s, end: e, score: scoreNameCue, reason: "chat sender in lower case"})
		return e
	}
	if w.short {
		return p
	}
	// A key of a few words, then the value after its mark.
	q := p
	for q-p < maxLowerLine/2 {
		b := w.byteAt(q)
		if (b == ':' || b == '>') && w.byteAt(q+1) == ' ' || b == ' ' && w.byteAt(q+1) == '-' && w.byteAt(q+2) == ' ' {
			break
		}
		if b < 0 || b == '\n' || b == '\r' {
			break
		}
		q++
	}
	if b := w.byteAt(q); b < 0 || b == '\n' || b == '\r' {
		// No key's mark: a word for a person, then the name ("cust savio
		// rodrigues"), or nothing for this reader.
		if w.short {
			return p
		}
		key := lowerKeyEnd(w.buf, p) // the whole line is in buf: its end was read
		if key < 0 {
			// A name alone on its line, a reply to "name?" or a list's
			// entry ("kavitha natarajan"): two known names at least.
			if s, e, n := w.lowerNameAt(p); n >= 2 && e == q && w.lowerNameKnown(s, e) {
				*out = append(*out, match{kind: kPerson, start: s, end: e, score: scoreFullName, reason: "a name in lower case alone on its line"})
				return e
			}
			return p + 1 // the main loop reads the line as ever
		}
		q = key - 2 // the two bytes after are the key's space and the name's start
	} else if w.byteAt(q) == ' ' {
		q++ // " - "
	}
	q += 2
	s, e, n := w.lowerNameAt(q)
	if w.short {
		return p
	}
	if w.byteAt(e) != '\n' && w.byteAt(e) != '\r' && w.byteAt(e) >= 0 {
		e, n = w.lowerNamePrefix(s, e) // "kavita rao and suresh menon": the name, not the list
	}
	if b := w.byteAt(e); n < 2 || !(b < 0 || b == '\n' || b == '\r' || b == ',') || !w.lowerNameKnown(s, e) {
		return p + 1
	}
	*out = append(*out, match{kind: kPerson, start: s, end: e, score: scoreFullName, reason: "a key's value, a name in lower case"})
	// A list of names: "attendees: kavita rao, suresh menon and farida
	// begum"; what is no name ends it ("witness 1: ramesh patel, age 45").
	for more := 0; more < maxListedNames; more++ {
		q := e
		switch {
		case w.byteAt(q) == ',' && w.byteAt(q+1) == ' ':
			q += 2
		case w.byteAt(q) == ' ' && w.byteAt(q+1) == 'a' && w.byteAt(q+2) == 'n' && w.byteAt(q+3) == 'd' && w.byteAt(q+4) == ' ':
			q += 5
		default:
			return e
		}
		s2, e2, n2 := w.lowerNameAt(q)
		if w.short {
			return p
		}
		e2, n2 = w.lowerNamePrefix(s2, e2)
		if b := w.byteAt(e2); n2 < 2 || !(b < 0 || b == '\n' || b == '\r' || b == ',' || b == ' ') || !w.lowerNameKnown(s2, e2) {
			return e
		}
		*out = append(*out, match{kind: kPerson, start: s2, end: e2, score: scoreFullName, reason: "a key's value, a name in lower case"})
		e = e2
	}
	return e
}

// maxListedNames bounds the names after the first in a key's list (see
// lowerNameLine).
const maxListedNames = 8

// lowerSenderKnown reports whether the n lower-case words of [s, e) are
// a chat sender's name the gazetteer knows: a full name (see
// lowerNameKnown), or one given name, even an everyday word's, that no
// endearment is.
func (w *window) lowerSenderKnown(s, e, n int) bool {
	if n > 1 {
		return w.lowerNameKnown(s, e)
	}
	var buf [16]byte
	if e-s > len(buf) {
		return false
	}
	word := string(lowerASCII(buf[:], w.buf[s:e]))
	return names.Given(word) && !endearments[word] && !isNotFirstNameWord(word)
}

// chatStampAt reports, at the spaces at k, two or more, a message's time
// that ends the line: "  10:42 AM", "  9:05 pm", "  10:42".
func chatStampAt[T ~string | ~[]byte](buf T, k int, atEOF bool) bool {
	for n := 0; n < 8 && k < len(buf) && buf[k] == ' '; n++ {
		k++
	}
	d := 0
	for k < len(buf) && buf[k] >= '0' && buf[k] <= '9' && d < 3 {
		k, d = k+1, d+1
	}
	if d == 0 || d > 2 || k+2 >= len(buf) || buf[k] != ':' || buf[k+1] < '0' || buf[k+1] > '5' || buf[k+2] < '0' || buf[k+2] > '9' {
		return k >= len(buf) && !atEOF // too little to tell: say maybe
	}
	k += 3
	if k+2 < len(buf) && buf[k] == ' ' && (buf[k+1]|0x20 == 'a' || buf[k+1]|0x20 == 'p') && buf[k+2]|0x20 == 'm' {
		k += 3
	}
	return k >= len(buf) && !atEOF || k == len(buf) || buf[k] == '\n' || buf[k] == '\r'
}

// chatHandleEnd returns the end of a chat sender's handle that opens the
// line at p, over a message's time (see chatStampAt): lower-case letters,
// its words parted by '.' or '_', the first a known given name and no
// everyday word. It returns p for none.
func (w *window) chatHandleEnd(p int) int {
	q := w.handleEnd(p)
	if q+16 > len(w.buf) && !w.atEOF {
		w.short = true // the line's stamp may be cut: ask for more
		return p
	}
	if q == p || w.byteAt(q) != ' ' || w.byteAt(q+1) != ' ' || !chatStampAt(w.buf, q, true) {
		return p
	}
	if !w.handleNameKnown(p, q) {
		return p
	}
	return q
}

// handleEnd returns the end of the handle at p: lower-case letters, its
// words parted by '.' or '_', 32 bytes at most.
func (w *window) handleEnd(p int) int {
	q := p
	for q-p < 32 && (isLowerByte(w.byteAt(q)) || (w.byteAt(q) == '.' || w.byteAt(q) == '_') && isLowerByte(w.byteAt(q+1))) {
		q++
	}
	return q
}

// handleNameKnown reports whether the handle [p, q), lower-case words
// that '.' or '_' part, is a name: its first word a known given name and
// no everyday word, of three letters or more, each other word a name's
// ("priya.nair"; not "sneha_official", "ankit.creates").
func (w *window) handleNameKnown(p, q int) bool {
	if q-p < 3 {
		return false
	}
	var buf [16]byte
	for s, first := p, true; s < q; first = false {
		e := s
		for e < q && isLowerByte(w.byteAt(e)) {
			e++
		}
		word := string(lowerASCII(buf[:], w.buf[s:e]))
		switch {
		case first && (len(word) < 3 || !w.lowerNameKnown(s, e)):
			return false
		case !first && !names.Surname(word) && !names.Given(word) && !names.Middle(word):
			return false
		}
		s = e + 1
	}
	return true
}

// lowerNameAt reads up to maxNameWords lower-case words, one space apart,
// an initial with or without its dot among them, from p: their span and
// how many.
func (w *window) lowerNameAt(p int) (start, end, n int) {
	start, end, q := p, p, p
	for n < maxNameWords {
		s := q
		for isLowerByte(w.byteAt(q)) {
			q++
		}
		if q == s || q-s > 16 {
			break
		}
		if w.byteAt(q) == '.' && q-s == 1 {
			q++ // "s. senthil"
		}
		n++
		end = q
		if w.byteAt(q) != ' ' || !isLowerByte(w.byteAt(q+1)) {
			break
		}
		q++
	}
	return start, end, n
}

// lowerNameKnown reports whether the lower-case words of [s, e) are a
// name the gazetteer knows: the first (an initial aside) a given name
// that is no everyday word, each other a name's word or an initial.
func (w *window) lowerNameKnown(s, e int) bool {
	var buf [16]byte
	first := true
	for p := s; p < e; {
		q := p
		for q < e && isLowerByte(w.byteAt(q)) {
			q++
		}
		word := string(lowerASCII(buf[:], w.buf[p:q]))
		switch {
		case len(word) == 1: // an initial
		case first && isNotFirstNameWord(word), !first && isNotNameWord(word):
			return false
		case first && !names.Given(word):
			return false
		case first && names.Ambiguous(word) && !w.lowerSurnameEnds(q, e):
			return false // "lakshmi venkatesh" is a name; "lakshmi puja" is not
		case !first && !names.Surname(word) && !names.Given(word) && !names.Middle(word):
			return false
		}
		if len(word) > 1 {
			first = false
		}
		for p = q; p < e && (w.byteAt(p) == ' ' || w.byteAt(p) == '.'); p++ {
		}
	}
	return !first
}

// hindustaniCopulaAt reports "hai" (is) or "hoon", "hun", "hu" (am), a
// word of its own, at p: what ends "mera naam rahul hai", "main rahul
// hoon".
func (w *window) hindustaniCopulaAt(p int) bool {
	for _, word := range [...]string{"hai", "hoon", "hun", "hu"} {
		if w.wordIs(p, word) {
			return true
		}
	}
	return false
}

// wordIs reports the lower-case word at p, a word of its own.
func (w *window) wordIs(p int, word string) bool {
	for k := range len(word) {
		if w.byteAt(p+k) != int(word[k]) {
			return false
		}
	}
	return !isAlnumByte(w.byteAt(p + len(word)))
}

// clauseWordAt reports a word at p that goes on after a clause ending in
// a name: "and", "from", "here" ("i'm deepak and my aadhaar is …", "this
// is deepak from pune", "i am deepak here").
func (w *window) clauseWordAt(p int) bool {
	var buf [8]byte
	word, _ := w.wordAt(p, buf[:])
	if isAlnumByte(w.byteAt(p + len(word))) {
		return false
	}
	switch string(word) {
	case "and", "from", "here":
		return true
	}
	return false
}

// lowerFamilyNameAlone reports a family name of the gazetteer, alone in
// [s, e), that is no everyday word.
func (w *window) lowerFamilyNameAlone(s, e int) bool {
	var buf [16]byte
	if e-s > len(buf) {
		return false
	}
	word := string(lowerASCII(buf[:], w.buf[s:e]))
	return !isNotNameWord(word) && names.Surname(word) && !names.Ambiguous(word)
}

// lowerSurnameEnds reports another word after q, before e, of which the
// last is a family name or a given name no everyday word shadows.
func (w *window) lowerSurnameEnds(q, e int) bool {
	if q >= e {
		return false
	}
	k := e
	for k > q && isLowerByte(w.byteAt(k-1)) {
		k--
	}
	var buf [16]byte
	if e-k < 2 || e-k > len(buf) {
		return false
	}
	word := string(lowerASCII(buf[:], w.buf[k:e]))
	return names.Surname(word) || names.Given(word) && !names.Ambiguous(word)
}

// lowerCue is a word of lowerCues and what it says of the name after it.
type lowerCue struct {
	word             string
	single, relative bool
	// clause marks a cue after which one name's word will do where a
	// clause ends right after it: "i am karthik, account no …", "this is
	// karthik." ("i am fine." names no one: the word must be a name's).
	clause bool
	// label marks a name's own label ("name is", "naam"), after which a
	// given name the gazetteer lacks will do before a family name it
	// knows: "my name is pearl dias".
	label bool
	// role marks a word for a person's role, kin or title, after which a
	// given name alone will do: "technician simran visited", "owner
	// spoorthi, mail …", "family doctor dr shalini".
	role bool
}

// lowerCues are the words after which a name typed in lower case may
// come, in English and Hindustani: its label ("name", "naam", "nm"), the
// words with which people name themselves ("i am", "i'm", "this is",
// "main", "mai") or whom they talk to ("speaking with", "thank you") or pay
// ("pay to"), and a spouse's or
// a father's word ("pati", "patni", "pita"). single says a name of one
// word will do after it; relative, that the word names a relative, and so
// ends the name before it ("shalini paswan pati rohit paswan").
var lowerCues = append([]lowerCue{
	{"name ", false, false, false, true, false}, {"naam ", false, false, true, true, false}, {"nm ", false, false, false, true, false}, {"nm- ", false, false, false, true, false}, {"name is ", true, false, false, true, false},
	{"i ", false, false, false, false, false}, // "i puneet bansal declare that …", an affidavit typed in lower case
	{"i am ", false, false, true, false, false}, {"i'm ", false, false, true, false, false}, {"this is ", false, false, true, false, false}, {"main ", false, false, true, false, false}, {"mai ", false, false, true, false, false},
	{"speaking with ", false, false, false, false, false}, {"speaking to ", false, false, false, false, false},
	{"pati ", false, true, false, false, true}, {"patni ", false, true, false, false, true}, {"pita ", false, true, false, false, true},
	{"thank you ", true, false, false, false, false}, {"thanks ", true, false, false, false, false}, // "thank you raghu ji", "thanks anita"
	{"hi ", true, false, false, false, false}, {"hey ", true, false, false, false, false}, {"hello ", true, false, false, false, false}, {"dear ", true, false, false, false, false}, // "hi devesh, technician …"
	{"thx ", true, false, false, false, false}, {"thnx ", true, false, false, false, false}, {"thanx ", true, false, false, false, false}, // "thx barnali"
	{"yaar ", true, false, false, false, false}, {"bhaiya ", true, false, false, false, false}, {"bhai ", true, false, false, false, false}, // "yaar mohit wo rs. 2,800 wapas kar de"
	{"thank you, ", true, false, false, false, false}, {"thanks, ", true, false, false, false, false}, {"regards, ", false, false, false, false, false}, // "thanks, rucha naik"
	{"pay to ", false, false, false, false, false}, {"paid to ", false, false, false, false, false}, // "pls pay to komal chauhan acc …"
	{"by ", false, false, true, false, false},                                                                                                                                       // "escalated by nikita gupta", "typed by mahendra rathore"
	{"to ", false, false, true, false, false}, {"with ", false, false, true, false, false}, {"from ", false, false, true, false, false}, {"for ", false, false, true, false, false}, // "dispatched to rajat jain, gstin …", "note from sukhpreet: …"
	// Verbs that take a person (see objectCueOf); not "met", "inform",
	// "remind" or "message", whose first letters open "method", "info",
	// "remote" and "message", which logs hold many of.
	{"call ", false, false, true, false, false}, {"ping ", false, false, true, false, false}, {"ask ", false, false, true, false, false}, {"tell ", false, false, true, false, false},
	{"meet ", false, false, true, false, false}, {"contact ", false, false, true, false, false}, {"cc ", false, false, true, false, false},
	{"son of ", false, false, false, false, true}, {"daughter of ", false, false, false, false, true}, {"wife of ", false, false, false, false, true}, {"husband of ", false, false, false, false, true},
	// Kin as people call them, before a name in lower case: "asha didi
	// priyanka", "papa sushil ka …" (in capitals these head too much else:
	// "Papa SPARSH pe pension …").
	{"papa ", false, false, false, false, true}, {"mummy ", false, false, false, false, true}, {"didi ", false, false, false, false, true},
	{"bhabhi ", false, false, false, false, true}, {"mausi ", false, false, false, false, true}, {"nani ", false, false, false, false, true}, {"dadi ", false, false, false, false, true},
	{"dr ", false, false, false, false, true}, {"mr ", false, false, false, false, true}, {"mrs ", false, false, false, false, true}, {"ms ", false, false, false, false, true},
	{"shri ", false, false, false, false, true}, {"smt ", false, false, false, false, true}, // a title typed in lower case: "family doctor dr aakriti chopra"
	{"dr. ", false, false, false, false, true}, {"mr. ", false, false, false, false, true}, {"mrs. ", false, false, false, false, true}, {"ms. ", false, false, false, false, true},
	{"smt. ", false, false, false, false, true}, // "dr. khanna dekh rahe hain"
}, roleCues()...)

// objectCueOf says whether the cue word takes a person as its object, a
// verb's or a preposition's: after one, a given name alone will do,
// whatever follows it. After a preposition, a lower-case word that names
// a thing as often as a person does not ("for prasad pickup": see
// everydayGiven). A switch, not a map: it runs for every cue read.
func objectCueOf(word string) objectCue {
	switch word {
	case "to ", "with ", "from ", "for ", "by ":
		return objectOfPreposition
	case "call ", "ping ", "ask ", "tell ", "meet ", "contact ", "cc ":
		return objectOfVerb
	}
	return objectNone
}

// objectCue says what kind of word takes a person as its object.
type objectCue uint8

const (
	objectNone objectCue = iota
	objectOfPreposition
	objectOfVerb
)

// everydayGiven are given names that names.Ambiguous lets by, since
// capitalised they are names, but that in lower case after a preposition
// are as often the everyday words of Hindustani they also are: an
// offering (prasad, aarti), a donation (chanda), the sky, the wind, a
// lamp, a dream, development.
var everydayGiven = map[string]bool{
	"prasad": true, "aarti": true, "arti": true, "chanda": true, "sandesh": true, "vikas": true,
	"akash": true, "aakash": true, "pawan": true, "sapna": true, "amrit": true, "sukh": true,
	"jyoti": true, "basant": true, "heena": true, "tara": true, "vijay": true, "deepak": true,
	"rani": true, "babu": true, "nirmal": true, "vishal": true,
}

// everydayGivenAt reports a word of everydayGiven at [s, e).
func (w *window) everydayGivenAt(s, e int) bool {
	var buf [16]byte
	return e-s <= len(buf) && everydayGiven[string(lowerASCII(buf[:], w.buf[s:e]))]
}

// lowerRoles are the words for a person's role that cue a name typed in
// lower case after them, mid-sentence as at a line's start (see
// lowerKeyEnd): "consumer hetal patel mobile …", "applicant pooja rawat
// dob …".
var lowerRoles = []string{
	"customer", "cust", "consumer", "client", "applicant", "patient", "passenger", "guest",
	"beneficiary", "borrower", "tenant", "nominee", "insured", "student", "candidate",
	// who serves or works: "engineer rutuja khandekar visited", "your agent
	// tejaswini gaikwad", "security guard kedar joshi"
	"agent", "engineer", "technician", "executive", "officer", "manager", "guard", "driver", "rider",
	"user", "member", "employee", "doctor", "nurse", "teacher", "owner", "landlord", "seller",
	"buyer", "vendor", "payee", "sender", "recipient", "holder", "witness", "accused",
	"complainant", "victim", "deceased", "proprietor", "director",
	// trades and services, as tickets, chats and job cards name the
	// person who came: "electrician vandana not come yet", "Mechanic
	// Vaibhav; ready by 5", "Broker Jonali, brokerage 1%"
	"electrician", "plumber", "carpenter", "mechanic", "painter", "tailor", "cook", "maid", "watchman",
	"caretaker", "helper", "cleaner", "broker", "courier", "coach", "trainer", "tutor", "instructor",
	"mentor", "intern", "recruiter", "invigilator", "proctor", "reviewer", "reporter", "volunteer",
	"coordinator", "organiser", "organizer", "supervisor", "warden", "receptionist", "cashier", "clerk",
	"accountant", "auditor", "lawyer", "therapist", "physio", "physiotherapist", "dietitian", "dietician",
	"nutritionist", "pharmacist", "dentist", "surgeon", "physician", "consultant", "counsellor", "counselor",
	"attendant", "relative", "partner", "roommate", "flatmate", "classmate", "teammate",
	// who holds a post in a team or a society, or serves, and who is kin
	// by marriage or birth: "the captain sahil was drunk", "guardian ravi
	// pls confirm", "parent nithin, ip …", "spouse navneet also …"
	"captain", "guardian", "parent", "spouse", "farmer", "kisan",
	"headmaster", "constable", "inspector", "trainee", "apprentice", "chef", "photographer", "pilot",
	"conductor", "peon", "priest", "pujari",
	// kin: "my mother sharon naik is 74"
	"kirayedar", "kirayadar", "malik", "player", // Hindustani's tenant and owner: "kirayedar karthikeyan natarajan ne …"
	"mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "friend",
	"uncle", "aunty", "cousin", "colleague", "neighbour",
	"grandmother", "grandfather", "grandma", "grandpa", "nephew", "niece", "aunt",
	"boy", "gardener", "sweeper", "nanny", // "ward boy saravanan", "office boy ramu"
}

// lowerRoleSet is lowerRoles as a set.
var lowerRoleSet = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range lowerRoles {
		m[r] = true
	}
	return m
}()

// roleCues returns lowerRoles as lowerCues.
func roleCues() []lowerCue {
	cs := make([]lowerCue, len(lowerRoles))
	for k, r := range lowerRoles {
		cs[k] = lowerCue{word: r + " ", role: true}
	}
	return cs
}

// relativeCues are the relatives' words of lowerCues, without their space.
var relativeCues = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range lowerCues {
		if c.relative {
			m[c.word[:len(c.word)-1]] = true
		}
	}
	return m
}()

// lowerLandmarks are the landmark's words that open an address given as
// directions in lower case (see directionsAddress), and a village's word,
// which opens one that a post office's, a taluk's and a district's parts
// go on ("village kinnigoli, p.o. kinnigoli, mulki taluk, …, karnataka").
// mayOpenLowerCue knows their first letters.
var lowerLandmarks = []string{"near ", "behind ", "beside ", "opposite ", "opp ", "opp. ", "vill ", "vill. ", "village "}

// lowerCueFirst marks the letters lowerCues and lowerLandmarks open
// with: the only lower-case letters the main loop stops at (see boring).
var lowerCueFirst = func() (t [256]bool) {
	for _, c := range lowerCues {
		t[c.word[0]] = true
	}
	for _, l := range lowerLandmarks {
		t[l[0]] = true
	}
	return t
}()

// lowerFirst marks the lower-case letters the main loop stops at when
// they open a word after a space: those of lowerCueFirst, those a number
// read out digit by digit opens with (see spokenFirst) and those of
// closerFirst.
var lowerFirst = func() (t [256]bool) {
	for b := range t {
		t[b] = lowerCueFirst[b] || spokenFirst[b] && isLowerByte(b) || closerFirst[b]
	}
	return t
}()

// closerFirst marks the letters a word that closes a name in lower case
// opens with (see mayCloseLowerName).
var closerFirst = func() (t [256]bool) {
	for w := range closerWords {
		t[w[0]] = true
	}
	t['b'] = true // bol
	return t
}()

// vocativeClosers follow a name that opens a message or a sentence in a
// chat, whom it addresses or who writes: "sakshi ur diet chart sent",
// "liya pls note", "priyanka here (recruiter, …)".
var vocativeClosers = map[string]bool{"ur": true, "pls": true, "plz": true, "here": true}

// subjectClosers are verbs and "and" after a sentence's subject, in
// English and Hindustani: a given name in lower case opening a message or
// a sentence before one is its subject ("sibasis will join on day 2",
// "bhaiya aaj biswajit aaya tha" aside, "rupjyoti and shailesh send …").
var subjectClosers = map[string]bool{
	"is": true, "was": true, "will": true, "has": true, "had": true, "and": true, "said": true, "says": true,
	"told": true, "called": true, "sent": true, "paid": true, "aaya": true, "aayi": true, "gaya": true, "gayi": true,
	"bola": true, "boli": true,
}

// possessiveClosers are Hindustani's possessive postpositions, after
// which a name of two words in lower case may stand: "dhara bhatt ka
// renewal karna hai".
var possessiveClosers = map[string]bool{"ka": true, "ki": true, "ke": true}

// postpositionClosers are Hindustani's other postpositions after a noun:
// the agent's "ne", the object's "ko", "se" (from, with) and "bhi" (too).
// A name in lower case may stand before them: "rahul ne bola", "arnab seth
// ko call karna", "mousumi bhi isi khate pe …".
var postpositionClosers = map[string]bool{"ne": true, "ko": true, "se": true, "bhi": true}

// kinClosers are the forms of address for kin and elders that follow a
// name (afterNameCues' strong ones, respectWords aside): "sandeep uncle",
// "rinku bhabhi", "sharma aunty". One word will do before them, even a
// given name that is an everyday word too ("rhea aunty").
var kinClosers = func() map[string]bool {
	m := map[string]bool{}
	for w, strong := range afterNameCues {
		if strong && !respectWords[w] {
			m[w] = true
		}
	}
	return m
}()

// mayCloseLowerName reports, at a word after a space, a word of respect
// ("sir", "ji"), "bol raha" (is speaking) and its kin, or a possessive
// ("ka", "ki", "ke"), which a name in lower case may stand before: "called
// chaurasia sir", "dhara bhatt ka renewal", "prajakta kale bol
// raha hun". It returns the word's end, and known false when buf ends
// too soon to tell (ok is then true: the main loop must look).
func mayCloseLowerName[T ~string | ~[]byte](buf T, i int, atEOF bool) (end int, ok, known bool) {
	e := i
	for e < len(buf) && e-i < maxCloserWord && isLowerByte(int(buf[e])) {
		e++
	}
	if e == len(buf) && !atEOF {
		return e, true, false
	}
	if e < len(buf) && (isAlnumByte(int(buf[e])) || buf[e] >= 0x80) {
		return e, false, true
	}
	if n := e - i; n == 0 || n > maxCloserWord || closerShapes[n-1][buf[i]-'a']&(1<<(buf[e-1]-'a')) == 0 {
		return e, false, true
	}
	switch word := string(buf[i:e]); {
	case closerWords[word]:
		return e, true, true
	case word == "bol":
		// "bol raha", "bol rahi", "bol rahe", "bol rha", "bol rhi"
		if e+5 > len(buf) {
			return e, !atEOF, atEOF
		}
		r := string(buf[e : e+5])
		return e, r == " raha" || r == " rahi" || r == " rahe" || r[:4] == " rha" || r[:4] == " rhi", true
	}
	return e, false, true
}

// closerWords are the words of every kind that close a name in lower case
// before them, in one set for mayCloseLowerName's one look.
var closerWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{respectWords, possessiveClosers, vocativeClosers, postpositionClosers, kinClosers, subjectClosers} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// maxCloserWord is the longest word mayCloseLowerName reads.
const maxCloserWord = 6

// closerShapes marks, by a word's length and first letter, the last
// letters of closerWords and "bol": mayCloseLowerName's test before its
// map lookup, which most words of prose fail.
var closerShapes = func() (t [maxCloserWord][26]uint32) {
	mark := func(w string) {
		if len(w) == 0 || len(w) > maxCloserWord {
			return // mayCloseLowerName never reads such a word
		}
		for k := range len(w) {
			if !isLowerByte(int(w[k])) {
				return
			}
		}
		t[len(w)-1][w[0]-'a'] |= 1 << (w[len(w)-1] - 'a')
	}
	for w := range closerWords {
		mark(w)
	}
	mark("bol")
	return t
}()

// mayCloseLower is mayCloseLowerName's answer alone.
func mayCloseLower[T ~string | ~[]byte](buf T, i int, atEOF bool) bool {
	_, ok, _ := mayCloseLowerName(buf, i, atEOF)
	return ok
}

// maxLowerCloserWord bounds a word of a name that mayCloseLowerName's
// word closes.
const maxLowerCloserWord = 16

// lowerNameBefore reads the name in lower case that ends one space before
// the closing word at i (see mayCloseLowerName): two words, a given name
// and a family name, or one word the gazetteer knows and no everyday word
// shadows, unless kin says a word for kin closes it. It returns the name's start and end, or ok false. The name
// must be in buf at or after the scan's start (lowerNameHeld keeps it
// there in a stream).
func (w *window) lowerNameBefore(i int, kin bool) (s, e int, ok bool) {
	if w.byteAt(i-1) != ' ' {
		return 0, 0, false
	}
	e = i - 1
	s1 := w.lowerWordStart(e)
	if s1 < 0 {
		return 0, 0, false
	}
	if w.byteAt(s1-1) == ' ' {
		if s0 := w.lowerWordStart(s1 - 1); s0 >= 0 && !isAlnumByte(w.byteAt(s0-1)) && w.byteAt(s0-1) < 0x80 && w.lowerNameKnown(s0, e) {
			return s0, e, true
		}
	}
	if isAlnumByte(w.byteAt(s1-1)) || w.byteAt(s1-1) >= 0x80 {
		return 0, 0, false
	}
	var buf [maxLowerCloserWord]byte
	word := string(lowerASCII(buf[:], w.buf[s1:e]))
	if e-s1 < 3 || isNotNameWord(word) || !(names.Surname(word) || names.Given(word) && (kin && !endearments[word] || !names.Ambiguous(word))) {
		return 0, 0, false
	}
	if w.byteAt(s1-1) == ' ' {
		if s0 := w.lowerWordStart(s1 - 1); s0 >= 0 && verbBeforeRespect[string(lowerASCII(buf[:], w.buf[s0:s1-1]))] {
			return 0, 0, false // "bill abhi tak nahi bana ji": a verb, then the word of respect
		}
	}
	return s1, e, true
}

// givenBeforePostposition reports whether the one word of [s, e) before
// the postposition closer is a given name that stands alone: any given
// name no everyday word shares before "ne" or "ko", which follow a noun
// for a person or a thing ("rahul ne bola", not "abhi ne"); one opening a
// clause or a bracket before the others, which also follow times and
// places ("(sahana ki mummy)", "mousumi bhi …", not "pune se" mid-clause).
func (w *window) givenBeforePostposition(closer string, s, e int) bool {
	var buf [maxLowerCloserWord]byte
	if e-s > len(buf) {
		return false
	}
	word := string(lowerASCII(buf[:], w.buf[s:e]))
	if !names.Given(word) || names.Ambiguous(word) || isNotFirstNameWord(word) {
		return false
	}
	return closer == "ne" || closer == "ko" || w.clauseOpensAt(s) || w.byteAt(s-1) == '(' ||
		possessiveClosers[closer] && w.ownedWordAt(e+1+len(closer)+1)
}

// ownedWords are what a person has, or is to someone, that Hindustani's
// possessive names after a given name: "kavitha ka aadhaar", "kiran ka
// naam", "rahul ki beti". ("server ka naam" names no one: the word before
// must be a given name no everyday word shares.)
var ownedWords = map[string]bool{
	"aadhaar": true, "aadhar": true, "adhaar": true, "adhar": true, "pan": true, "naam": true, "number": true, "no": true,
	"mobile": true, "phone": true, "account": true, "khata": true, "passport": true, "pata": true, "address": true,
	"dob": true, "beta": true, "beti": true, "bhai": true, "behen": true, "bahan": true, "pati": true, "patni": true,
	"papa": true, "mummy": true, "biwi": true, "husband": true, "wife": true, "card": true, "upi": true, "licence": true, "license": true,
}

// ownedWordAt reports a word of ownedWords at p, a word's end after it.
func (w *window) ownedWordAt(p int) bool {
	var buf [8]byte
	q := p
	for q-p < len(buf) && isLowerByte(w.byteAt(q)) {
		q++
	}
	if q == p || isAlnumByte(w.byteAt(q)) || w.byteAt(q) >= 0x80 {
		return false
	}
	return ownedWords[string(lowerASCII(buf[:], w.buf[p:q]))]
}

// clauseOpensAt reports whether s opens the input, a line, or a clause
// after a full stop, a comma, a dash, "!" or "?" and a space.
func (w *window) clauseOpensAt(s int) bool {
	if w.lineOpensAt(s) {
		return true
	}
	if w.byteAt(s-1) == ' ' {
		switch w.byteAt(s - 2) {
		case '.', ',', '-', '!', '?':
			return true
		}
	}
	return false
}

// verbBeforeRespect are the Hindustani words a sentence's verb ends with
// or is negated by, before which a word in lower case is a verb that
// "ji" or "sir" follows, no name: "nahi bana ji", "ho gaya sir".
var verbBeforeRespect = map[string]bool{
	"nahi": true, "nahin": true, "nhi": true, "na": true, "mat": true, "hai": true, "tha": true, "thi": true,
	"ho": true, "hoga": true, "gaya": true, "gayi": true, "hua": true, "kar": true, "karo": true, "kardo": true,
	"diya": true, "liya": true, "raha": true, "rahi": true, "abhi": true, "bhi": true, "to": true,
}

// mayFollowLowerName is the main loop's second quick test at a word
// after a space that may close a name in lower case (see
// mayCloseLowerName): the word before it must be one a name may end with,
// a given or a family name or a middle word, as lowerNameBefore asks.
// Prose closes few names: "and", "is" and "here" follow most words ("the
// dog and", "it is"), and each would cost candidate's every reading. It
// says yes where the word before may stand in a stream's history, or
// after a transcript's tag, which candidate reads a name's line after.
func (w *window) mayFollowLowerName(i int) bool {
	if i < 2 || w.buf[i-2] == ']' {
		return true
	}
	s := w.lowerWordStart(i - 1)
	if s < 0 {
		return false // lowerNameBefore finds no word either
	}
	return names.MaybeName(w.buf[s:i-1]) || names.Middle(string(w.buf[s:i-1]))
}

// lowerWordStart returns the start of the word of lower-case letters that
// ends at e, two letters to maxLowerCloserWord long and in buf at or
// after the scan's start, or -1.
func (w *window) lowerWordStart(e int) int {
	s := e
	for s > w.from && e-s <= maxLowerCloserWord && isLowerByte(w.byteAt(s-1)) {
		s--
	}
	if e-s < 2 || e-s > maxLowerCloserWord || isLowerByte(w.byteAt(s-1)) {
		return -1
	}
	return s
}

// lowerNameHeld returns where a stream's cut at p should fall so that a
// name in lower case right before it, which a word or an identifier after
// it may make one, is read again with them: the earlier of
// lowerNameHeldBefore's and valueNameHeld's answers.
func (w *window) lowerNameHeld(p int) int {
	return min(w.lowerNameHeldBefore(p), w.valueNameHeld(p))
}

// valueNameHeld returns where a stream's cut at p should fall so that the
// words in lower case before a separator that ends at p, which an
// identifier after p may make a name (see lowerNameBeforeValue), are read
// again with it: the first of up to maxValueNameWords words, the last of
// which may be a name by the gazetteer's filter; or p.
func (w *window) valueNameHeld(p int) int {
	se := w.valueSepStart(p)
	if se == p {
		return p
	}
	starts, n := w.lowerWordsBefore(se)
	if n == 0 || !names.MaybeName(w.buf[starts[0]:se]) {
		return p
	}
	return starts[n-1]
}

// lowerNameHeldBefore returns where a stream's cut at p should fall so
// that a name in lower case right before it, which a word after it may
// close (see lowerNameBefore), is read again with that word and the word
// before it: the start of the one or two words of lower-case letters
// before p, the last of which may be a name by the gazetteer's filter, or
// of the word before a word at p that may be; or p.
func (w *window) lowerNameHeldBefore(p int) int {
	if w.byteAt(p-1) == ' ' && p < len(w.buf) && isLowerByte(int(w.buf[p])) {
		e := p
		for e < len(w.buf) && e-p <= maxLowerCloserWord && isLowerByte(int(w.buf[e])) {
			e++
		}
		if !(e == len(w.buf) && !w.atEOF) && !mayCloseLower(w.buf, p, w.atEOF) {
			// p opens no closing word: if it opens a name, the word
			// before it, a verb or a given name, is read with it.
			if e-p <= maxLowerCloserWord && names.MaybeName(w.buf[p:e]) {
				if s0 := w.lowerWordStart(p - 1); s0 >= 0 {
					return s0
				}
			}
			return p
		}
	}
	// p may open a closing word, or buf ends in a word not seen whole,
	// which may be a name too.
	cut := p < len(w.buf) && isLowerByte(int(w.buf[p]))
	e := p
	if w.byteAt(e-1) == ' ' {
		e--
	}
	s1 := w.lowerWordStart(e)
	if s1 < 0 {
		return p
	}
	if !names.MaybeName(w.buf[s1:e]) {
		if cut {
			return s1 // the verb before a name not seen whole
		}
		return p
	}
	if w.byteAt(s1-1) == ' ' {
		if s0 := w.lowerWordStart(s1 - 1); s0 >= 0 {
			return s0
		}
	}
	return s1
}

// closedLowerName reads the name that the closing word at i closes (see
// mayCloseLowerName) and returns the closing word's end, or i.
func (r *Redactor) closedLowerName(w *window, i int, out *[]match) int {
	e, ok, known := mayCloseLowerName(w.buf, i, w.atEOF)
	if !known {
		w.short = true
		return i
	}
	if !ok {
		return i
	}
	kin := kinClosers[string(w.buf[i:e])]
	s, end, found := w.lowerNameBefore(i, kin)
	if !found || len(*out) > 0 && (*out)[len(*out)-1].end > s {
		return i
	}
	reason := "name in lower case, a word of respect after"
	switch {
	case kin:
		reason = "name in lower case, a word for kin after"
	case w.buf[i] == 'b' && !respectWords[string(w.buf[i:e])]:
		reason = "name in lower case before \"bol raha\""
	}
	if closer := string(w.buf[i:e]); possessiveClosers[closer] || postpositionClosers[closer] {
		if bytes.IndexByte(w.buf[s:end], ' ') < 0 && !w.givenBeforePostposition(closer, s, end) {
			return i // "kal ka", "das se pehle": one word may be anything's
		}
		reason = "name in lower case before a possessive (\"ka\", \"ki\")"
		if postpositionClosers[closer] {
			reason = "name in lower case before a postposition (\"ne\", \"ko\")"
		}
	}
	if vocativeClosers[string(w.buf[i:e])] {
		if !w.clauseOpensAt(s) {
			return i // "send to ravi pls": the name must open the message or a sentence
		}
		reason = "name in lower case opening a message, \"ur\", \"pls\" or \"here\" after"
	}
	if subjectClosers[string(w.buf[i:e])] {
		if !w.clauseOpensAt(s) || bytes.IndexByte(w.buf[s:end], ' ') < 0 && !w.givenBeforePostposition("", s, end) {
			return i // "the total is", "pune is": a given name, or a full name, opening a sentence
		}
		reason = "name in lower case opening a sentence, a verb after"
	}
	*out = append(*out, match{kind: kPerson, start: s, end: end, score: scoreNameCue, reason: reason})
	return e
}

// lowerThirds marks, for each pair of a lower-case letter and the byte
// after it (see secondIndex), the thirdBit of the bytes that may come
// third in a word the main loop looks at after a space: those of
// lowerCues, lowerLandmarks, spokenWords and closerWords, and "bol".
// One look at three bytes passes over most words of prose ("the", "for",
// "dog").
var lowerThirds = func() (t [26 * 28]uint32) {
	add := func(word string) { markThirds(&t, word) }
	for word := range spokenWords {
		add(word)
	}
	for _, c := range lowerCues {
		add(c.word)
	}
	for _, l := range lowerLandmarks {
		add(l)
	}
	for w := range closerWords {
		add(w)
	}
	add("bol")
	return t
}()

// secondIndex numbers the second byte of a word in lowerThirds: a
// letter, in either case, 0 to 25; a space ("i am") 26; an apostrophe
// ("i'm") 27; any other byte 255.
var secondIndex = func() (t [256]uint8) {
	for b := range t {
		t[b] = 255
		if isASCIILetter(byte(b)) {
			t[b] = uint8(b|0x20) - 'a'
		}
	}
	t[' '], t['\''] = 26, 27
	return t
}()

// lowerWordAt reports whether the letter at i, in either case, and the
// two bytes after it may open a word of lowerThirds; buf must hold them.
func lowerWordAt[T ~string | ~[]byte](buf T, i int) bool {
	a, s := buf[i]|0x20-'a', secondIndex[buf[i+1]]
	return a < 26 && s < 28 && lowerThirds[int(a)*28+int(s)]&thirdBit[buf[i+2]] != 0
}

// lowerLandmarkAt reports a word of lowerLandmarks at i and a letter or
// a digit after it, or too little of buf to tell.
func lowerLandmarkAt[T ~string | ~[]byte](buf T, i int, atEOF bool) bool {
	for _, l := range lowerLandmarks {
		if m := wordAt(buf, i, l, atEOF); m < 0 || m > 0 && isAlnumByte(int(buf[i+len(l)])) {
			return true
		}
	}
	return false
}

// wordAt reports whether buf at i reads word and a byte after it (1), or
// as much of word as buf holds, with more to come (-1), or neither (0).
func wordAt[T ~string | ~[]byte](buf T, i int, word string, atEOF bool) int {
	n := 0
	for n < len(word) && i+n < len(buf) && buf[i+n] == word[n] {
		n++
	}
	switch {
	case n == len(word) && i+n < len(buf):
		return 1
	case i+n == len(buf) && !atEOF:
		return -1
	}
	return 0
}

// lowerCueAt returns where the name after a word of lowerCues at i would
// start, and the cue (what it says of the name after it); or 0. With too
// little of buf to tell it returns -1.
func lowerCueAt[T ~string | ~[]byte](buf T, i int, atEOF bool) (start int, cue lowerCue) {
	if i >= len(buf) {
		if atEOF {
			return 0, lowerCue{}
		}
		return -1, lowerCue{}
	}
	if buf[i] < 'a' || buf[i] > 'z' {
		return 0, lowerCue{}
	}
	cues := lowerCuesByFirst[buf[i]-'a']
	if i+1 < len(buf) {
		if s := secondIndex[buf[i+1]]; s < 28 {
			cues = lowerCuesByTwo[int(buf[i]-'a')*28+int(s)]
		} else {
			return 0, lowerCue{} // no cue has such a second byte
		}
	}
	found := -1
	var head uint32 // the word's first four bytes, to pass over most cues at one compare
	whole := i+4 <= len(buf)
	if whole {
		head = uint32(buf[i]) | uint32(buf[i+1])<<8 | uint32(buf[i+2])<<16 | uint32(buf[i+3])<<24
	}
	for _, k := range cues {
		if whole && head&lowerCueHeads[k].mask != lowerCueHeads[k].bytes {
			continue
		}
		c := lowerCues[k]
		switch wordAt(buf, i, c.word, atEOF) {
		case 1:
			if isLowerByte(int(buf[i+len(c.word)])) && (found < 0 || len(c.word) > len(lowerCues[found].word)) {
				found = k // the longest: "name is " over "name "
			}
		case -1:
			return -1, lowerCue{}
		}
	}
	if found < 0 {
		return 0, lowerCue{}
	}
	c := lowerCues[found]
	return i + len(c.word), c
}

// lowerCueHeads holds each of lowerCues' first four bytes, or fewer, and
// the mask that keeps as many of a word's (see lowerCueAt).
var lowerCueHeads = func() []struct{ bytes, mask uint32 } {
	t := make([]struct{ bytes, mask uint32 }, len(lowerCues))
	for k, c := range lowerCues {
		for n := 0; n < 4 && n < len(c.word); n++ {
			t[k].bytes |= uint32(c.word[n]) << (8 * n)
			t[k].mask |= 0xFF << (8 * n)
		}
	}
	return t
}()

// lowerCuesByFirst indexes lowerCues by their first letter.
var lowerCuesByFirst = func() (t [26][]int) {
	for k, c := range lowerCues {
		t[c.word[0]-'a'] = append(t[c.word[0]-'a'], k)
	}
	return t
}()

// lowerCuesByTwo indexes lowerCues by their first two bytes (see
// secondIndex).
var lowerCuesByTwo = func() (t [26 * 28][]int) {
	for k, c := range lowerCues {
		t[int(c.word[0]-'a')*28+int(secondIndex[c.word[1]])] = append(t[int(c.word[0]-'a')*28+int(secondIndex[c.word[1]])], k)
	}
	return t
}()

// mayOpenLowerCue is the main loop's quick test at a letter of
// lowerCueFirst that opens a word: a word of lowerCues and a lower-case
// letter after it, or one of lowerLandmarks; or too little of buf to
// tell.
func mayOpenLowerCue[T ~string | ~[]byte](buf T, i int, atEOF bool) bool {
	if i+3 > len(buf) {
		return !atEOF
	}
	// The cues' first three bytes, before a closer look.
	a, s := buf[i]|0x20-'a', secondIndex[buf[i+1]]
	if a >= 26 || s >= 28 || lowerCueThirds[int(a)*28+int(s)]&thirdBit[buf[i+2]] == 0 {
		return false
	}
	if (buf[i] == 'n' || buf[i] == 'b' || buf[i] == 'o' || buf[i] == 'v') && lowerLandmarkAt(buf, i, atEOF) {
		return true
	}
	start, _ := lowerCueAt(buf, i, atEOF)
	return start != 0
}

// lowerCueThirds is lowerThirds for the words of lowerCues and
// lowerLandmarks alone (see mayOpenLowerCue).
var lowerCueThirds = func() (t [26 * 28]uint32) {
	for _, c := range lowerCues {
		markThirds(&t, c.word)
	}
	for _, l := range lowerLandmarks {
		markThirds(&t, l)
	}
	return t
}()

// markThirds marks in t the first three bytes of word, a space for the
// third of a word of two letters (see lowerThirds), and any lower-case
// letter for the third of a cue of one letter and its space ("i ").
func markThirds(t *[26 * 28]uint32, word string) {
	k := int(word[0]-'a')*28 + int(secondIndex[word[1]])
	switch {
	case len(word) == 2 && word[1] == ' ':
		// "i ": the third byte is the next word's first letter, any of them
		for c := byte('a'); c <= 'z'; c++ {
			t[k] |= thirdBit[c]
		}
	case len(word) == 2:
		t[k] |= thirdBit[' ']
	default:
		t[k] |= thirdBit[word[2]]
	}
}

// lowerLabelledName reads a name typed in lower case after a word of
// lowerCues at i, in a sentence or a note: "name vivek chauhan, vid …",
// "naam shalini dubey, janm tithi …", "my name is rahul sharma", "cust
// nm- dhara thakkar", "main sanjay kushwaha bol raha hoon", "hi this is
// jaspal singh", "am i speaking with mrs rituparna mukherjee", "naam
// shalini paswan pati rohit paswan". Every word must be the gazetteer's
// (see lowerNameKnown), two words at least unless the cue says one will
// do. It returns where scanning goes on: past the name, or past the cue's
// first word.
func (r *Redactor) lowerLabelledName(w *window, i int, out *[]match) int {
	q, cue := lowerCueAt(w.buf, i, w.atEOF)
	single := cue.single
	if q < 0 {
		w.short = true
		return i
	}
	label := i + 1
	for isLowerByte(w.byteAt(label)) {
		label++
	}
	if q == 0 {
		return label
	}
	titled := lowerHonorificEnd(w, i) == q // the cue is a title itself: "dr khanna dekh rahe hain"
	if h := lowerHonorificEnd(w, q); h > q {
		q, titled = h, true // "speaking with mrs rituparna mukherjee"
	}
	s, e, n := w.lowerNameAt(q)
	if w.short {
		return i
	}
	if n == 0 {
		return label
	}
	glued := isAlnumByte(w.byteAt(e))
	run := e
	e, n = w.lowerNamePrefix(s, e) // "main sanjay kushwaha bol raha hoon": the name, not what is said
	unknownGiven := false
	if n == 0 && cue.label {
		if t := w.unknownGivenEnd(s, run); t > s {
			e, n, unknownGiven = t, 2, true
		}
	}
	if glued && e == run {
		return label // the name's last word runs into a number or a capital
	}
	if n == 1 && cue.clause && !single {
		if w.byteAt(e-1) == '.' {
			e-- // "i am karthik. need help": the sentence's full stop
		}
		if e >= len(w.buf) && !w.atEOF {
			w.short = true // what ends the word decides
			return i
		}
		switch b := w.byteAt(e); b {
		case ',', '.', '!', '?', ':', '\n', '\r', -1:
			single = true // "i am karthik, account no …", "note from sukhpreet: …"
		case ' ':
			single = w.hindustaniCopulaAt(e+1) || w.clauseWordAt(e+1) // "mera naam rahul hai", "i'm deepak and my aadhaar …"
		}
	}
	if n == 1 && !single && !glued && !handleGlueAt(w, e) {
		switch objectCueOf(cue.word) {
		case objectOfVerb:
			single = true // "ping puneet for the renewal", "call vignesh on …"
		case objectOfPreposition:
			single = !w.everydayGivenAt(s, e) // "site visit done with sunita for flat"; not "call for prasad pickup"
		}
	}
	if n == 1 && (cue.role || titled) && !glued && !handleGlueAt(w, e) {
		single = true // "technician simran visited": lowerNameKnown asks for a given name no everyday word shares
	}
	if titled && n == 1 && w.lowerFamilyNameAlone(s, e) {
		single = true // "i am mr. sharma": a title and a family name
	} else if n == 1 && single && w.greetedAmbiguousName(cue, s, e) {
		// "dear sonal, your pre-order …": a name that is an everyday word
		// too, but greeted and set off by a comma
	} else if n == 0 || n == 1 && !single || !unknownGiven && !w.lowerNameKnown(s, e) {
		return label
	}
	reason := "name in lower case after its word"
	if unknownGiven {
		reason = "name in lower case after its label, a family name last"
	}
	*out = append(*out, match{kind: kPerson, start: s, end: e, score: scoreNameCue, reason: reason})
	return e
}

// greetedAmbiguousName reports a given name at [s, e) that is an
// everyday word too (see names.Ambiguous), after a greeting's cue and
// before a comma or a '!': "dear sonal,", "hi sindhu!". A word of
// endearment is no name there ("hi baby,").
func (w *window) greetedAmbiguousName(cue lowerCue, s, e int) bool {
	switch cue.word {
	case "hi ", "hey ", "hello ", "dear ", "thanks ", "thx ", "thank you ":
	default:
		return false
	}
	if b := w.byteAt(e); b != ',' && b != '!' {
		return false
	}
	var buf [16]byte
	if e-s > len(buf) {
		return false
	}
	word := string(lowerASCII(buf[:], w.buf[s:e]))
	return names.Given(word) && names.Ambiguous(word) && !endearments[word] && !isNotFirstNameWord(word)
}

// endearments are the ambiguous given names people call each other by
// without naming anyone: "hi baby,", "thanks honey!".
var endearments = map[string]bool{
	"baby": true, "honey": true, "sweety": true, "lovely": true, "happy": true, "angel": true, "dolly": true,
}

// handleGlueAt reports a user name's glue at e, after a name's word: a
// dot, an underscore, a hyphen or an '@' before a letter or a digit
// ("user sasmita.mohanty"). The handle is no name written out.
func handleGlueAt(w *window, e int) bool {
	switch w.byteAt(e) {
	case '.', '_', '-', '@':
		return isAlnumByte(w.byteAt(e + 1))
	}
	return false
}

// unknownGivenEnd returns the end of two lower-case words at s, before
// run, after a name's label: a given name the gazetteer lacks, which no
// everyday word could be, then a family name it knows ("my name is pearl
// dias"); or s.
func (w *window) unknownGivenEnd(s, run int) int {
	var buf [16]byte
	q := s
	for q < run && isLowerByte(w.byteAt(q)) {
		q++
	}
	if q-s < 3 || q-s > 12 || w.byteAt(q) != ' ' {
		return s
	}
	first := lowerASCII(buf[:], w.buf[s:q])
	if isNotFirstNameWord(string(first)) || notGivenAfterLabel[string(first)] ||
		bytes.HasSuffix(first, []byte("ly")) || bytes.HasSuffix(first, []byte("ed")) {
		return s // "my name is also patel", "name is spelled patil"
	}
	t := q + 1
	for t < run && isLowerByte(w.byteAt(t)) {
		t++
	}
	if t-q-1 < 2 || t-q-1 > len(buf) {
		return s
	}
	last := string(lowerASCII(buf[:], w.buf[q+1:t]))
	if !names.Surname(last) || names.Ambiguous(last) || isNotNameWord(last) {
		return s
	}
	return t
}

// notGivenAfterLabel are the everyday words that follow "name is" and
// come before a family name without being a given name: "name is same
// sharma", "naam bhi patel hai".
var notGivenAfterLabel = map[string]bool{
	"also": true, "same": true, "still": true, "wrong": true, "correct": true, "just": true, "only": true,
	"now": true, "actually": true, "really": true, "spelt": true, "written": true, "shown": true, "given": true,
	"different": true, "incorrect": true, "missing": true, "bhi": true, "sirf": true, "galat": true, "sahi": true,
	"was": true, "will": true, "should": true, "must": true, "mister": true, "miss": true, "late": true,
}

// lowerNamePrefix returns the end of the words of [s, e), read by
// lowerNameAt, from the first up to one that is no name's word (a word
// of the gazetteer, and no everyday word), and how many; a relative's cue
// ends them too: "shalini paswan pati rohit paswan".
func (w *window) lowerNamePrefix(s, e int) (end, n int) {
	var buf [16]byte
	end = s
	for p := s; p < e; {
		q := p
		for q < e && isLowerByte(w.byteAt(q)) {
			q++
		}
		lower := lowerASCII(buf[:], w.buf[p:q])
		word := string(lower)
		if len(word) > 1 && !names.MaybeName(lower) && !names.Middle(word) {
			break // no name's word, by the filter alone: most words of prose
		}
		notName := isNotNameWord(word)
		if p == s {
			notName = isNotFirstNameWord(word)
		}
		if len(word) > 1 && (notName || relativeCues[word] || !names.Given(word) && !names.Surname(word) && !names.Middle(word)) {
			break
		}
		if w.byteAt(q) == '.' && q-p == 1 {
			q++ // an initial's dot
		}
		end, n = q, n+1
		for p = q; p < e && w.byteAt(p) == ' '; p++ {
		}
	}
	return end, n
}

// lowerHonorificEnd returns where the name after a title typed in lower
// case at p starts ("mrs ", "shri "), or p.
func lowerHonorificEnd(w *window, p int) int {
	var buf [8]byte
	q := p
	for isLowerByte(w.byteAt(q)) && q-p < len(buf) {
		q++
	}
	e := q
	if w.byteAt(q) == '.' {
		q++ // "i am mr. sharma"
	}
	if e == p || w.byteAt(q) != ' ' || !isLowerByte(w.byteAt(q+1)) {
		return p
	}
	switch string(lowerASCII(buf[:], w.buf[p:e])) {
	case "mr", "mrs", "ms", "shri", "sri", "smt", "dr", "miss":
		return q + 1
	case "late": // "wife of late suresh nair"; and "late shri …"
		if h := lowerHonorificEnd(w, q+1); h > q+1 {
			return h
		}
		return q + 1
	}
	return p
}

// userKeys are the last words of the keys whose value is a user's
// handle, which people make of their names: "user=priya.sharma",
// "created_by: Shahid_Naqvi", "owner=ravi.kumar".
var userKeys = map[string]bool{
	"user": true, "username": true, "uname": true, "login": true, "owner": true, "author": true, "assignee": true,
	"by": true, "agent": true, "operator": true, "actor": true, "name": true, "fullname": true,
}

// userKeyPair marks the last two letters, lower-cased, of userKeys.
var userKeyPair = func() (t [26][26]bool) {
	for k := range userKeys {
		t[k[len(k)-2]-'a'][k[len(k)-1]-'a'] = true
	}
	return t
}()

// mayEndUserKey is the main loop's quick test before userKeyBefore, at
// i >= 3.
func mayEndUserKey(buf []byte, i int) bool {
	if buf[i-1] == '"' || buf[i-1] == '\'' {
		i--
	}
	a, b := uint(buf[i-2]|0x20)-'a', uint(buf[i-1]|0x20)-'a'
	return a < 26 && b < 26 && userKeyPair[a][b]
}

// userKeyBefore reports a key of userKeys that the '=' or ':' at c ends,
// written as logfmt and JSON write keys ("user=", "\"created_by\":",
// "userName:"): its last word, split at '_', '-', '.' and camelCase.
func (w *window) userKeyBefore(c int) bool {
	p := c
	if b := w.byteAt(p - 1); b == '"' || b == '\'' {
		p--
	}
	// Most keys ("status=", "ref=", "latency=") fail on their last two
	// letters, without the map.
	if a, b := uint(w.byteAt(p-2)|0x20)-'a', uint(w.byteAt(p-1)|0x20)-'a'; a >= 26 || b >= 26 || !userKeyPair[a][b] {
		return false
	}
	var buf [8]byte
	n := 0
	for n < len(buf) && isASCIILetter(byte(max(w.byteAt(p-1-n), 0))) {
		n++
		if isUpperByte(w.byteAt(p-n)) && isLowerByte(w.byteAt(p-n+1)) {
			break // camelCase: "userName" ends in "Name"
		}
	}
	if n < 2 || n == len(buf) && isASCIILetter(byte(max(w.byteAt(p-1-n), 0))) {
		return false
	}
	for k := range n {
		buf[k] = byte(w.byteAt(p-n+k)) | 0x20
	}
	return userKeys[string(buf[:n])]
}

// equals reads after a user's key and its '=' at c (see userHandle and
// lowerName) and returns where scanning goes on.
func (r *Redactor) equals(w *window, c int, out *[]match) int {
	if end := r.userHandle(w, c, out); end > c+1 || w.short {
		return end
	}
	if p := r.lowerNameStart(w, c); p >= 0 {
		if end := r.lowerName(w, c, p, out); end > c+1 || w.short {
			return end
		}
	}
	return c + 1
}

// userHandle reads, after a user's key ending at c (see userKeyBefore), a
// handle made of a given name and a family name the gazetteer knows,
// joined by '.' or '_' ("priya.sharma", "Shahid_Naqvi"): a person's name
// all the same. It returns where scanning goes on: past the handle, or c+1.
func (r *Redactor) userHandle(w *window, c int, out *[]match) int {
	p := c + 1
	if w.byteAt(p) == ' ' {
		p++
	}
	if b := w.byteAt(p); b == '"' || b == '\'' {
		p++
	}
	var buf [16]byte
	word := func(s int) (int, string) {
		e := s
		for e-s < len(buf) && isASCIILetter(byte(max(w.byteAt(e), 0))) {
			e++
		}
		if e-s < 2 || e-s == len(buf) {
			return s, ""
		}
		return e, string(lowerASCII(buf[:], w.buf[s:e]))
	}
	e1, given := word(p)
	sep := w.byteAt(e1)
	if given == "" || sep != '.' && sep != '_' || !names.Given(given) || isNotNameWord(given) {
		return c + 1
	}
	e2, family := word(e1 + 1)
	if family == "" || isNotNameWord(family) {
		return c + 1
	}
	if surname := names.Surname(family) && !names.Ambiguous(family); !surname && (names.Ambiguous(given) || !names.Given(family) || names.Ambiguous(family)) {
		return c + 1 // an everyday word ("ravi" is Sunday) is a name before a family name only
	}
	if b := w.byteAt(e2); isAlnumByte(b) || b == '@' || b >= 0x80 || (b == '.' || b == '_' || b == '-') && isAlnumByte(w.byteAt(e2+1)) {
		return c + 1 // "priya.sharma@…", "ravi.kumar.example": an address, a host, or more
	}
	if w.short || allMask(w, p, e2) {
		return c + 1
	}
	*out = append(*out, match{kind: kPerson, start: p, end: e2, score: scoreNameCue, reason: "a user's handle made of a name"})
	return e2
}

// maxValueNameWords bounds a name in lower case before a person's
// identifier (see lowerNameBeforeValue).
const maxValueNameWords = 3

// valueSepStart returns where the separator between a name and the
// identifier at v starts, the name's end: spaces, one of ",-:|(", and up
// to two words of valueSepWords between ("ravi kumar, 9876…", "neha
// sharma - 98…", "call neha sharma on 98…", "thomas nair dob 26/04/1978",
// "neha sharma mob no 98…"); or v when none stands there. Where buf ends
// in a word not seen whole, that word counts as one of them.
func (w *window) valueSepStart(v int) int {
	k := v
	for round := 0; ; round++ {
		for n := 0; n < 3 && w.byteAt(k-1) == ' '; n++ {
			k--
		}
		if b := w.byteAt(k - 1); b == ',' || b == '-' || b == ':' || b == '|' || b == '(' || b == '<' {
			k--
			for n := 0; n < 3 && w.byteAt(k-1) == ' '; n++ {
				k--
			}
		}
		if round == 2 {
			return k
		}
		var word [maxValueSepWord]byte
		n := 0
		for n < len(word) && isLowerByte(w.byteAt(k-1-n)) {
			n++
		}
		if n == 0 || n == len(word) || w.byteAt(k-1-n) != ' ' {
			return k
		}
		if k == v && k == len(w.buf) && !w.atEOF {
			return k - n - 1 // "neha sharma mo|b 98…": buf ends in a word not seen whole, which may be one
		}
		for m := range n {
			word[m] = byte(w.byteAt(k - n + m))
		}
		if !valueSepWords[string(word[:n])] {
			return k
		}
		k -= n
	}
}

// maxValueSepWord bounds a word of valueSepWords, and more.
const maxValueSepWord = 9

// valueSepWords are the words that may stand between a name and the
// identifier after it: a preposition, or the identifier's own word.
var valueSepWords = map[string]bool{
	"on": true, "at": true, "dob": true, "mob": true, "mobile": true, "ph": true, "phone": true, "cell": true,
	"whatsapp": true, "contact": true, "no": true, "number": true, "num": true, "pan": true, "aadhaar": true,
	"aadhar": true, "email": true, "mail": true, "dl": true, "passport": true, "upi": true, "abha": true,
	"vid": true, "epic": true, "ifsc": true, "acc": true, "account": true,
}

// lowerNameBeforeValue returns the span of a name typed in lower case
// right before a person's identifier at v, a separator between (see
// valueSepStart): two or three words, the first a given name, as
// lowerNameKnown asks; "my father rajesh verma 9988776655" gives "rajesh
// verma". The name must lie in buf at or after the scan's start
// (lowerNameHeld keeps it there in a stream).
func (w *window) lowerNameBeforeValue(v int) (s, e int, ok bool) {
	e = w.valueSepStart(v)
	if e == v && w.byteAt(v-1) != ' ' {
		return 0, 0, false // glued: "kumar9876543210"
	}
	starts, n := w.lowerWordsBefore(e)
	for k := n - 1; k >= 1; k-- { // the longest first: "rajesh kumar verma"
		st := starts[k]
		if b := w.byteAt(st - 1); (b < 0 || !isAlnumByte(b) && b < 0x80) && w.lowerNameKnown(st, e) {
			return st, e, true
		}
	}
	return 0, 0, false
}

// lowerWordsBefore returns the starts of up to maxValueNameWords words of
// lower-case letters, one space apart, the last of which ends at e, the
// nearest first; each in buf at or after the scan's start (see
// lowerWordStart).
func (w *window) lowerWordsBefore(e int) (starts [maxValueNameWords]int, n int) {
	for n < maxValueNameWords {
		st := w.lowerWordStart(e)
		if st < 0 {
			break
		}
		starts[n] = st
		n++
		if w.byteAt(st-1) != ' ' {
			break
		}
		e = st - 1
	}
	return starts, n
}

// personalValueKinds are the identifiers one person holds (a GSTIN too:
// a proprietor registers in a name), after which a name in lower case
// before them is the holder's (see lowerNameBeforeValue).
const personalValueKinds kindMask = 1<<kMobile | 1<<kEmail | 1<<kAadhaar | 1<<kVID | 1<<kPAN | 1<<kUPI | 1<<kABHA |
	1<<kDateOfBirth | 1<<kPassport | 1<<kDrivingLicence | 1<<kVoterID | 1<<kBankAccount | 1<<kIFSC | 1<<kGSTIN

// holdsIdentifier reports whether out[n], the first of the matches just
// read, is an identifier a person holds, before which withLowerNameBefore
// looks for the holder's name: a test small enough to inline, so that
// the main loop pays no call for other matches.
func (r *Redactor) holdsIdentifier(out []match, n int) bool {
	return n < len(out) && r.cfg.person && out[n].kind.mask()&personalValueKinds != 0
}

// withLowerNameBefore adds, before out[n], the first of the matches just
// read, a person's identifier, a name in lower case that stands right
// before it: "ravi kumar, 9876543210".
func (w *window) withLowerNameBefore(out []match, n int) []match {
	s, e, ok := w.lowerNameBeforeValue(out[n].start)
	if !ok || n > 0 && out[n-1].end > s {
		return out
	}
	out = append(out, match{})
	copy(out[n+1:], out[n:])
	out[n] = match{kind: kPerson, start: s, end: e, score: scoreNameCue, reason: "name in lower case before a person's identifier"}
	return out
}

// maxSignOffSpace is the most white space a name that signs off the
// text may stand before its end.
const maxSignOffSpace = 8

// signOffWords returns where the lower-case words that may sign off the
// text end (end is where buf's bytes end, white space before it
// allowed): the start s of the last word, the start s2 of a word one
// space before it (s2 == s when there is none), and their end e. ok is
// false when buf ends in no lower-case word. It reads buf's bytes alone,
// so that a stream holds what String decides (see signOffHeld).
func (w *window) signOffWords(end int) (s, s2, e int, ok bool) {
	e = end
	for e > 0 && end-e <= maxSignOffSpace && isSpaceOrBreak(w.buf[e-1]) {
		e--
	}
	if end-e > maxSignOffSpace {
		return 0, 0, 0, false
	}
	s = e
	for s > 0 && e-s <= maxNameWordLen && isLowerByte(int(w.buf[s-1])) {
		s--
	}
	if s == e || e-s > maxNameWordLen || isAlnumByte(w.byteAt(s-1)) {
		return 0, 0, 0, false // no word, or the end of a longer one ("Raman")
	}
	s2 = s
	if s >= 2 && w.buf[s-1] == ' ' && isLowerByte(int(w.buf[s-2])) {
		k := s - 1
		for k > 0 && s-1-k <= maxNameWordLen && isLowerByte(int(w.buf[k-1])) {
			k--
		}
		if s-1-k <= maxNameWordLen && !isAlnumByte(w.byteAt(k-1)) {
			s2 = k
		}
	}
	return s, s2, e, true
}

// maxNameWordLen is the longest word signOffWords takes for a name's.
const maxNameWordLen = 16

// isSpaceOrBreak reports white space: a space, a tab or a line break.
func isSpaceOrBreak(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// signOffHeld returns where a stream's cut at p should fall so that
// lower-case words ending buf, only white space after them, which the
// input's end may make a name that signs it off (see lowerSignOff), are
// read again at that end: the first of the last two words; or p.
func (w *window) signOffHeld(p int) int {
	if w.csv.active {
		return p // a table's rows are decided whole (see csvLine)
	}
	for k := p; k < len(w.buf); k++ {
		if !isSpaceOrBreak(w.buf[k]) {
			return p // more text after p: no word before it ends the input
		}
	}
	s, s2, _, ok := w.signOffWords(len(w.buf))
	switch {
	case !ok:
		return p
	case s2 < s && s2 < p && w.signOffGap(s2):
		return s2
	case s < p && w.signOffGap(s):
		return s
	}
	return p
}

// signOffGap reports what may stand right before a name that signs off
// the text, the name at s: a line break, a sentence's end, a comma or a
// dash and a space ("call me 8300837414. saurabh", "thanks, ravi", "-
// ravi"), or a dash or tilde glued to it ("~ravi"), after some text.
func (w *window) signOffGap(s int) bool {
	switch w.byteAt(s - 1) {
	case '\n', '-', '~':
		return w.byteAt(s-2) >= 0
	case ' ':
		switch w.byteAt(s - 2) {
		case '.', '!', '?', ',', '-':
			return w.byteAt(s-3) >= 0
		}
	}
	return false
}

// lowerSignOff reads, at the input's end, a name typed in lower case that
// signs off the text: its last words, after a line break, a sentence's
// end, a comma or a dash ("… kindly reverse it. still waiting. madhavi",
// "thanks,\nsaurabh"). One given name the gazetteer knows, no everyday
// word, will do: who wrote a message signs it so.
func (w *window) lowerSignOff(out []match) []match {
	s, s2, e, ok := w.signOffWords(len(w.buf))
	if !ok || w.csv.active {
		return out
	}
	start, score := s, scoreLoneName
	if s2 < s && w.signOffGap(s2) && w.lowerNameKnown(s2, e) {
		start, score = s2, scoreFullName // "still waiting. madhavi kumar"
	} else if !w.signOffGap(s) || !w.lowerGivenAlone(s, e) {
		return out
	}
	if len(out) > 0 && out[len(out)-1].end > start {
		return out
	}
	return append(out, match{kind: kPerson, start: start, end: e, score: score, reason: "a name in lower case signing off the text"})
}

// lowerGivenAlone reports a given name of the gazetteer, alone in [s, e),
// that is no everyday word.
func (w *window) lowerGivenAlone(s, e int) bool {
	var buf [maxNameWordLen]byte
	if e-s < 3 || e-s > len(buf) {
		return false
	}
	word := string(lowerASCII(buf[:], w.buf[s:e]))
	return !isNotFirstNameWord(word) && names.Given(word) && !names.Ambiguous(word)
}
