package redact

import (
	"bytes"

	"github.com/kavachpii/kavach/internal/names"
)

// Names without a label are read from a gazetteer of Indian given names
// and surnames (package internal/names): a capitalised given name and the
// capitalised words after it that are surnames, middle-name words or more
// given names ("Fathima Beevi", "Amit Kumar Singh", "GURPREET SINGH
// SANDHU"). A given name alone, or one followed by a word the gazetteer
// does not know, is a name only with a cue around it: a greeting or a
// sign-off ("Hi Rahul,", "Regards,\nZoya"), a chat sender ("Gurpreet:
// sent 500"), a signature line ("- Vivek"), a role ("driver Pranjal
// Bora"), "ji" after it. Words of a business or a place after it
// ("Ganga Logistics", "Laxmi Nagar") make it no person.

// Scores of a name read from the gazetteer.
const (
	scoreFullName = 0.8  // given name and a known surname, middle or given name
	scorePartName = 0.45 // given name and an unknown capitalised word
	scoreLoneName = 0.5  // given name alone
	// a given name after another capitalised word, alone: "Gandhi
	// Jayanti", "Saint Vincent"
	scoreLoneInPhrase = 0.3
	// an unknown capitalised word and a known surname, as a given name
	// the gazetteer lacks ("Kevizo Hazarika") is written
	scoreUnknownGiven = 0.6
	scoreNameCue      = 0.85 // any of these with a cue
	scoreAmbiguous    = 0.1  // an everyday word that is also a name, alone
)

// nameCues are words that, right before a capitalised given name, say a
// person is named: greetings and sign-offs (true: strong enough for a
// name that is also an everyday word, "Hi Sunny"), self-introductions,
// roles (a person's role and kin are strong too: "driver Vishnu",
// "patient Ganga"; a customer's or a member's are not: "Customer Care").
var nameCues = func() map[string]bool {
	m := map[string]bool{
		"hi": true, "hello": true, "hey": true, "dear": true, "thanks": true, "thank": true, "thx": true,
		"namaste": true, "namaskar": true, "dhanyavaad": true, "dhanyavad": true, "shukriya": true, // "Bot: Dhanyavaad Pallavi", "Namaste Rahul,"
		"regards": true, "cheers": true, "warmly": true, "sincerely": true, "faithfully": true, "best": true,
		"am": false, "im": false, "naam": true, "called": false, "named": true, "from": false, "by": false, "to": false,
		"applicant": true, "driver": true, "caller": true, "customer": false, "patient": true, "user": false,
		"elector": false, "beneficiary": false, "insured": false, "nominee": true, "proprietor": false, "holder": false,
		"employee": true, "candidate": true, "student": true, "owner": false, "tenant": true, "landlord": true,
		"guest": false, "passenger": true, "member": false, "client": false, "agent": false, "doctor": false,
		"husband": true, "wife": true, "son": true, "daughter": true, "father": true, "mother": true,
		"brother": true, "sister": true, "friend": false, "payee": false, "payer": false, "sender": false,
		"neighbour": true, "neighbor": true, "neighbours": true, "neighbors": true, "colleague": true, "cousin": true, "uncle": true, "aunty": true,
		"nephew": true, "niece": true, "grandson": true, "granddaughter": true, "grandfather": true, "grandmother": true, "aunt": true,
		"receiver": false, "recipient": false, "accused": true, "complainant": true, "witness": true, "victim": true,
		"seller": false, "buyer": false, "investor": false, "attn": false, "call": false, "reach": false, "contact": false,
		"ask": false, "tell": false, "counsellor": false, "counselor": false, "phlebotomist": false, "technician": false,
		"nurse": false, "surveyor": false, "inspector": false, "operator": false,
		"attendant": true, "rider": true, "tech": false, "sr": false, // a ward's and a route's: "Attendant Aarti (son)", "Rider Ritesh", "Sr. Nupur" (Sister; or Senior)
		"traveller": true, "traveler": true, "pilgrim": false, "yatri": true, "visitor": false, "resident": false,
		"trader": false, "farmer": true, "pensioner": true, "worker": false, "labourer": true, "retailer": false,
		"cadet": true, "caregiver": true, "bride": true, "groom": true, // "Cadet Khushali Thakkar", "Caregiver Neha"
		"name":     true,               // a form's label with no colon: "1 First Name Divya  Surname Singh"
		"late":     true,               // the deceased: "son of Late Hemanth Gutta"
		"birthday": true, "bday": true, // "Happy Birthday Chethan!"
		"welcome": true, "aboard": true, "congratulations": true, "congrats": true, // "Welcome Partha!", "Congratulations Meera,"
		// Verbs whose object is a person: "I'll ping Vaishnavi", "told Arjun".
		"ping": false, "inform": false, "informed": false, "meet": false, "met": false, "message": false, "msg": false,
		"remind": false, "told": false, "asked": false, "thanked": false, "assign": false,
		"assigned": false, "cc": false, "escalate": false, "escalated": false,
	}
	for _, r := range lowerRoles {
		if _, ok := m[r]; !ok {
			m[r] = false // "Volunteer Rahul.", "Invigilator Shivakumar to review"
		}
	}
	return m
}()

// notPersonWords are capitalised words that, after a given name, make it
// the name of a business, a place or a thing: "Ganga Logistics", "Laxmi
// Nagar", "Kaveri Foods".
var notPersonWords = map[string]bool{
	"inc": true, "corp": true, "co": true,
	// Carriers and a connection's business, as support tickets name them:
	// "operator: Airtel", "Venkateshwara Cable Network", "Sundaram Castings".
	"airtel": true, "jio": true, "vodafone": true, "bsnl": true, "mtnl": true, "telecom": true, "network": true,
	"networks": true, "cable": true, "broadband": true, "fibernet": true, "billdesk": true, "castings": true,
	"company": true, "group": true, "bank": true, "foods": true, "logistics": true, "traders": true, "trading": true,
	"hospitals": true, "clinic": true, "pharma": true,
	"pharmacy": true, "medical": true, "labs": true, "laboratories": true, "laboratory": true, "exports": true, "imports": true, "industries": true,
	"enterprises": true, "textiles": true, "steel": true, "motors": true, "services": true, "solutions": true,
	"technologies": true, "tech": true, "systems": true, "software": true, "infotech": true, "store": true,
	"stores": true, "mart": true, "bazaar": true, "school": true,
	"academy": true, "temple": true, "mandir": true, "masjid": true,
	"church": true, "express": true, "travels": true, "tours": true,
	"hotel": true, "hotels": true, "restaurant": true, "cafe": true, "bakery": true, "jewellers": true,
	"cake": true, "cakes": true, "corner": true, "bakers": true, // "Tariq Cake Corner"
	"fuels": true, "petroleum": true, "handlooms": true, // "Shree Ganesh Fuels", a shop's name on its receipt
	"electronics": true, "electricals": true, "hardware": true, "hardwares": true, "fabricators": true, "mess": true, "tiles": true, "sanitary": true, "agencies": true, "agency": true, "associates": true, "builders": true,
	"constructions": true, "developers": true, "properties": true, "finance": true, "finserv": true,
	"capital": true, "insurance": true, "securities": true, "housing": true, "apartments": true,
	"apartment": true, "residency": true, "towers": true, "tower": true, "complex": true, "plaza": true,
	"vihar": true, "layout": true, "enclave": true, "extension": true, "puram": true, "pet": true, "palya": true, "gunj": true,
	"ganj": true, "bagh": true, "garden": true, "gardens": true, "lane": true, "cross": true,
	"main": true, "block": true, "sector": true, "phase": true, "district": true, "river": true, "dam": true,
	"bridge": true, "highway": true, "mills": true, "works": true, "udyog": true, "medicals": true,
	"sahakari": true, "samiti": true, "sangh": true, "parishad": true, // not "mandal", a surname as often as a society
	// Societies, trusts and institutions: "Umang Children's Welfare Society".
	"society": true, "trust": true, "foundation": true, "sanstha": true, "mission": true, "welfare": true,
	"association": true, "college": true, "hospital": true, "fund": true, "federation": true, "council": true,
	"office": true, "karyalay": true, "karyalaya": true, // "Ganesh Mandal Office"
	"mohalla": true, "mohallah": true, "leikai": true, "tola": true, "basti": true, // a locality: "Mohalla Momin Ansar"
	// Shops and places named after a person: "New Life Chemists", "Anand
	// Rao Circle".
	"chemists": true, "chemist": true, "medicos": true, "diagnostics": true, "opticals": true, "opticians": true,
	"distributors": true, "suppliers": true, "caterers": true, "garments": true, "boutique": true, "salon": true,
	"studio": true, "studios": true, "circle": true, "stand": true, "depot": true, "terminus": true, "junction": true,
	"international": true, "flyover": true, "sadan": true, "steels": true, "daemon": true, "mailer": true, "postmaster": true, "team": true, "squad": true,
	"grocers": true, "sons": true, "brothers": true, "bros": true, "kirana": true, "provisions": true, "sweets": true,
	"banquet": true, "banquets": true, "lawns": true, "decorators": true, "mandap": true, // a wedding's venue: "at Shree Banquet"
	"bhandar": true, "dukan": true, "khad": true, "beej": true, // "Makwana Khad Bhandar", a fertiliser shop
	// Delivery and ride services, a gate's visitors: "visitor_name: Swiggy".
	"swiggy": true, "zomato": true, "zepto": true, "blinkit": true, "dunzo": true, "bigbasket": true, "flipkart": true,
	"amazon": true, "myntra": true, "meesho": true, "delhivery": true, "bluedart": true, "ekart": true, // not "dtdc", whose skeleton is Das's in a script
	"rapido": true, "uber": true, "porter": true, "attendants": true, "communication": true, "communications": true,
	"official": true, "ghar": true, // a shop's account: "Tant Ghar Official"
	"nursing":     true, // "Shree Sai Nursing Home"
	"contractors": true, "manpower": true, "labour": true, "brokers": true, "broking": true,
	"financial": true, "hostel": true, "sales": true, "mobiles": true, // "Om Sai Labour Contractors", "Narmada Hostel", "Sri Sai Mobiles"
	"service": true, "pgi": true, // "Shree Indane Service", "Sanjay Gandhi PGI"
	"homestay": true, "resort": true, "lodge": true, "guesthouse": true, // "Pinewood Homestay"
	"emporium": true, "community": true, "auditorium": true, "national": true, "smarak": true, "patra": true, "plastics": true, "packaging": true,
	"polymers": true, "chemicals": true, "paints": true, "printers": true, "fabrics": true, "spices": true,
	"spares": true, "helpdesk": true, "tax": true, "maidan": true, "place": true, "auto": true, "autos": true, "parts": true,
	"jn": true, "club": true, "roadlines": true, "roadways": true, "transport": true, "carriers": true, "cargo": true, "freight": true,
	// Trains: "Udyan Exp", "Mumbai Rajdhani", "Shatabdi Exp".
	"exp": true, "rajdhani": true, "shatabdi": true, "duronto": true, "superfast": true,
	"agro": true, "centre": true, "center": true, "kendra": true, "packers": true, "movers": true, "tent": true,
	// Festivals named after a deity: "Durga Puja", "Ambedkar Jayanti".
	"puja": true, "pooja": true, "jayanti": true, "chaturthi": true, "navami": true, "ashtami": true,
	"purnima": true, "utsav": true, "mela": true, "aarti": true, "katha": true, "chalisa": true,
	// Awards: "Bharat Ratna", "Padma Shri", "Padma Vibhushan".
	"ratna": true, "shri": true, "vibhushan": true,
}

// The words that end a company's or an institution's name after a
// person's (see firmFollows) are words of notPersonWords too.
func init() {
	for _, m := range []map[string]bool{companyWords, institutionWords} {
		for w := range m {
			notPersonWords[w] = true
		}
	}
	notNameKinds = buildNotNameKinds()
}

// isBusinessWord reports whether the ASCII word [p, q) is one of
// notPersonWords.
func isBusinessWord(w *window, p, q int) bool {
	var buf [16]byte
	return p >= 0 && q <= len(w.buf) && notPersonWords[string(lowerASCII(buf[:], w.buf[p:q]))]
}

// lowerASCII writes the ASCII word src, lower-cased, into buf and returns
// it; empty when src is longer than buf.
func lowerASCII(buf, src []byte) []byte {
	if len(src) > len(buf) {
		return buf[:0]
	}
	for k, c := range src {
		buf[k] = c | 0x20
	}
	return buf[:len(src)]
}

// freeName reads a name from the gazetteer at i, a capitalised word, and
// returns where scanning goes on: past the name, or i.
func (r *Redactor) freeName(w *window, i int, out *[]match) int {
	if w.byteAt(i-1) == '<' {
		return i // after an MRZ's filler ("…6000<ZIYA"): the MRZ reader's, masked or not
	}
	if e, ok := w.familyCommaGiven(i); ok || w.short {
		if w.short || allMask(w, i, e) {
			return i
		}
		// "SANDHU, Rajwinder", "Kurian, Athira": a register's family name first
		*out = append(*out, match{kind: kPerson, start: i, end: e, score: scoreFullName, reason: "family name, given name"})
		return e
	}
	type word struct{ start, end int }
	var ws [maxNameWords]word
	var lower [32]byte
	p, inits := initialsAt(w, i)
	gap := ' '
	if w.byteAt(i-1) == '+' {
		gap = '+' // a form's value, its words joined by '+': "Body=MERA+NAAM+Baljinder+Sidhu"
	}
	n := 0
	upper := false // the name is written in capitals
	full := false  // a word after the given name is one the gazetteer knows
	surnameFirst := false
	unknownFirst := false // a word the gazetteer does not know, before a known family name
	mid := -1             // the index in ws of a middle initial
	particle := false     // the word before was "Al" or "bin" (see arabicParticles)
	for n < maxNameWords {
		b := w.byteAt(p)
		if b < 'A' || b > 'Z' {
			break
		}
		q := p + 1
		if n == 0 {
			c := w.byteAt(q)
			upper = c >= 'A' && c <= 'Z'
		}
		lo, hi := byte('a'), byte('z')
		if upper {
			lo, hi = 'A', 'Z'
		}
		if (b == 'D' || b == 'O') && !upper && n > 0 && isUpperByte(w.byteAt(q)) && isLowerByte(w.byteAt(q+1)) {
			q++ // "DSouza", "DCosta": D'Souza without its apostrophe
		}
		for c := w.byteAt(q); c >= int(lo) && c <= int(hi); c = w.byteAt(q) {
			q++
		}
		apos := false // "D'Souza", "O'Brien": a family name by its shape
		if n > 0 && q == p+1 && w.byteAt(q) == '\'' && isUpperByte(w.byteAt(q+1)) {
			apos = true
			for q += 2; w.byteAt(q) >= int(lo) && w.byteAt(q) <= int(hi); q++ {
			}
		}
		if c := w.byteAt(q); q == p+1 && n > 0 && mid < 0 && !surnameFirst && n+1 < maxNameWords {
			// "Sachin R. Ghosh", "SACHIN R GHOSH": a middle initial; the word
			// after it decides, as if the initial were not there.
			e := q // the initial's end, its dot included
			if c == '.' && w.byteAt(q+1) == ' ' && isUpperByte(w.byteAt(q+2)) {
				e = q + 1
			} else if next := w.byteAt(q + 2); !(c == ' ' && b != 'A' && b != 'I' && isUpperByte(w.byteAt(q+1)) && (upper && isUpperByte(next) || !upper && isLowerByte(next))) {
				e = -1
			}
			if e > 0 {
				ws[n], mid = word{p, e}, n
				n++
				p = e + 1
				continue
			}
		}
		if c := w.byteAt(q); q == p+1 && n > 0 && !surnameFirst && !unknownFirst && b != 'A' && b != 'I' && (c < 0 || c < 0x80 && !isAlnumByte(c) && c != '.' && c != '/' && c != '-' ||
			c == '.' && !isAlnumByte(w.byteAt(q+1)) && !(w.byteAt(q+1) == ' ' && isUpperByte(w.byteAt(q+2)))) {
			// "NITHYA N with", "Senthilnathan S called", "Karthikeyan R.,":
			// the initial a Tamil name ends with.
			if c == '.' {
				q++
			}
			ws[n] = word{p, q}
			n++
			full = true
			break
		}
		if c := w.byteAt(q); c >= 0 && (isAlnumByte(c) || c >= 0x80 && !w.wideMarkAt(q) || c == '_') || q-p < 2 || q-p > len(lower) || q > len(w.buf) {
			break // runs on, a lone capital, or too long: not a word of a name
		}
		dot := w.byteAt(q) == '.' && w.byteAt(q+1) == ' ' && isShortForm(w, p, q) // "Mohd. Imran"
		s := string(lowerASCII(lower[:], w.buf[p:q]))
		last := false
		switch {
		case n == 0:
			if upper && dictionary[s].pos != 0 {
				return i // "linked to ABHA no.": a context word in capitals
			}
			if inits > 0 && names.Surname(s) {
				full = true // "T. Jayaraman": initials and a family name
				break
			}
			if !names.Given(s) {
				switch {
				case names.Surname(s) && !names.Ambiguous(s) && inits == 0:
					surnameFirst = true // "Laishram Bikram Singh", "NAMBIAR ANJALI": a family name first
				case !upper && inits == 0 && teluguFamilyShape(s) && w.byteAt(q) == ' ' && w.plainGivenAt(q):
					surnameFirst = true // "Kodavatiganti Sravani Gupta": a Telugu house name the lists lack, first
				case !upper && inits == 0 && w.byteAt(q) == ' ' && isUpperByte(w.byteAt(q+1)) && !names.Surname(s) &&
					mayBeUnknownGiven(s) && !w.titleWordBefore(i):
					unknownFirst = true // "Kevizo Hazarika": the family name after it decides
				default:
					return i
				}
			}
			full = full || inits > 0 // "K. Ramesh", "M S Lakshmi"
		case afterNameCues[s]:
			last = true
			q = p // "Suresh Uncle", "Ramesh Bhaiya": no word of the name, but its cue (see nameCue)
		case notPersonWords[s]:
			return i // "Ganga Logistics", "Laxmi Nagar", "Ambedkar Jayanti": a business, a place, a day
		case unknownFirst && (n == 1 || n == 2 && mid == 1):
			if !isUnknownGivenSurname(s) {
				return i // "Sales Manager", "Project Singh"
			}
			full = true
		case surnameFirst && n == 1:
			if !names.Given(s) || names.Ambiguous(s) && !w.plainGivenAt(q) {
				return i // a family name needs a given name after it (an everyday one, a second: "Gollapudi Ravi Teja")
			}
			full = true
		case names.WordSurname(s) && (n > 1 || names.Ambiguous(string(w.buf[ws[0].start:ws[0].end]))):
			// "Mark Price", "Raja Rani Black Forest": everyday words, no
			// full name; a third word of the kind is not taken
			last = true
			if n > 1 {
				q = p
			}
		case particle:
			full, last = true, true // "Al Balushi", "bin Salim": the family's or the father's name
		case n >= 1 && !upper && arabicParticles[s] && isUpperByte(w.byteAt(q+1)) && w.byteAt(q) == ' ':
			particle = true // "Yousef Ahmed Al Balushi"
		case apos || names.Surname(s) || names.Middle(s) || names.Given(s):
			full = true
		case n == 1 || n == 2 && mid == 1:
			last = true // an unknown word: the name's last, and it needs a cue
		case n == 2 && mid < 0 && !upper && w.nameEndsAt(q) && (names.Middle(string(lowerASCII(lower[:], w.buf[ws[1].start:ws[1].end]))) || w.strongCueBefore(i)):
			// "Sajjad Hussain Kargili,", "Amit Kumar Gontia\n": a family
			// name the gazetteer lacks, after a name's middle part, where
			// the name ends; or after a strong cue ("my late father Nabam
			// Pema Rigia, who …")
			full, last = true, true
		default:
			last = true
			q = p // a third unknown word is not taken
		}
		if q > p {
			ws[n] = word{p, q}
			n++
		}
		if dot && !last {
			q++
			ws[n-1].end = q
		}
		if last || w.byteAt(q) != int(gap) {
			break
		}
		p = q + 1
	}
	if mid >= 0 && mid == n-1 {
		n-- // "Rahul A. The": no word of the name after the initial
	}
	if n == 1 && (surnameFirst || upper) && !w.short && w.lineAlone(i, ws[0].end) && w.nameLabelAbove(i) {
		// "Surname\nCHATTERJEE": a card's or a form's field, the value on
		// the line below its label, as OCR reads one
		*out = append(*out, match{kind: kPerson, start: i, end: ws[0].end, score: scoreNameCue, reason: "name under its label"})
		return ws[0].end
	}
	if !w.short && (n == 1 || full) && w.nameColumnAbove(i, ws[n-1].end) {
		// "Surname      Given Names\nTHOMAS       RESHMA": a form's cells
		// in columns, each under its label
		*out = append(*out, match{kind: kPerson, start: i, end: ws[n-1].end, score: scoreNameCue, reason: "name under its column's label"})
		return ws[n-1].end
	}
	if surnameFirst && n == 1 && !w.short && respectAfter(w, ws[0].end) {
		// "Thakur ji 3rd floor", "Pawar ji", "Banerjee sir": a family name
		// alone, as people are called, before the word of respect
		*out = append(*out, match{kind: kPerson, start: i, end: ws[0].end, score: scoreNameCue, reason: "family name, a word of respect after"})
		return ws[0].end
	}
	if w.short || n == 0 || (surnameFirst || unknownFirst) && n < 2 || unknownFirst && !full {
		return i // nothing, or a family name alone ("MIR", "- Noronha")
	}
	end := ws[n-1].end
	if w.firmFollows(end) {
		return i // "Mehvish Wani Infra Private Limited": a company named for its founder
	}
	if n == 1 && !full && w.ritualAfter(end) {
		return i // "Mangala aarti: 5:30 am", "Abhishek pooja": a temple's rite, named as a name is
	}
	if saintBefore(w, i) {
		return i // "St. Xavier's High School", "Saint Joseph": a saint's name names a school or a church
	}
	if publicOfficeBefore(w, i) {
		return end // "Chief Minister Devendra Fadnavis": a public figure, as news names one
	}
	if w.reportedCaseAfter(end) {
		return end // "Kesavananda Bharati v. State of Kerala, (1975) 12 SCC 325": a precedent's title
	}
	if w.short {
		return i
	}
	var score float64
	var reason string
	switch {
	case unknownFirst:
		score, reason = scoreUnknownGiven, "capitalised word and surname"
	case full:
		score, reason = scoreFullName, "given name and surname"
	case n > 1:
		score, reason = scorePartName, "given name and a capitalised word"
	case w.titleWordBefore(i):
		score, reason = scoreLoneInPhrase, "given name in a title-case phrase"
	default:
		score, reason = scoreLoneName, "given name"
	}
	firstWord := w.buf[ws[0].start:ws[0].end]
	if names.Ambiguous(string(firstWord)) && !full && !(n == 1 && !upper && (w.everydayNameMidSentence(i, end) || w.everydayNameOpensSentence(i, end))) {
		score = scoreAmbiguous
	}
	if upper && n == 1 {
		score = min(score, scoreAmbiguous) // "RAHUL" alone reads like a log's capitals
	}
	cue, strong, cued := nameCue(w, i, end)
	if !strong && !(cued && roleCue(cue)) && w.publicFigureAt(i, end) {
		return end // "Virat Kohli slams century", "founded by Savitribai Phule": a name the whole country knows (but "My name is …", "customer …" keep it masked)
	}
	if cued && (strong || !names.Ambiguous(string(firstWord)) || full) {
		score, reason = max(score, scoreNameCue), reason+", "+cue
	}
	if n == 1 && !full && !w.short {
		if e := w.surnameCellAfter(i, end); e > end {
			// "66935,Dipankar,Gogoi,9769350903": a row's given name and
			// family name, each its own cell, and each its own finding
			// (Label and Remove modes keep the delimiter between them).
			if allMask(w, i, e) {
				return i
			}
			reason = "given name and surname, cells of a row"
			*out = append(*out, match{kind: kPerson, start: i, end: end, score: scoreFullName, reason: reason},
				match{kind: kPerson, start: end + 1, end: e, score: scoreFullName, reason: reason})
			return e
		}
		if w.short {
			return i
		}
	}
	if score < r.cfg.minScore || allMask(w, i, end) {
		return i
	}
	*out = append(*out, match{kind: kPerson, start: i, end: end, score: score, reason: reason})
	return end
}

// surnameCellAfter reads a row's cell after the given name that fills the
// cell [i, end): a family name the gazetteer knows, alone in the next
// cell, in the given name's case ("Dipankar,Gogoi", "MEENA|MURUGAN").
// It returns the family name's end, or end.
func (w *window) surnameCellAfter(i, end int) int {
	sep := w.byteAt(end)
	if b := w.byteAt(i - 1); sep != ',' && sep != '|' && sep != '\t' && sep != ';' || b != sep && b != '\n' && (b >= 0 || w.base+int64(i) != 0) {
		return end // not a cell of its own: the line's first or after the same delimiter
	}
	p := end + 1
	if !isUpperByte(w.byteAt(p)) {
		return end
	}
	upper := isUpperByte(w.byteAt(i + 1))
	q := p + 1
	for c := w.byteAt(q); isLowerByte(c) && !upper || isUpperByte(c) && upper; c = w.byteAt(q) {
		q++
	}
	var lower [24]byte
	if q-p < 3 || q-p > len(lower) {
		return end
	}
	switch b := w.byteAt(q); {
	case b == sep, b == '\r', b == '\n', b < 0 && w.atEOF:
	default:
		return end
	}
	s := string(lowerASCII(lower[:], w.buf[p:q]))
	if !names.Surname(s) || notPersonWords[s] {
		return end
	}
	return q
}

// nameLabelAbove reports whether the line above the one that starts at i
// is a name's label and nothing else: "Surname", "Given Name(s)",
// "Father's Name:", and "Sumame", as OCR reads Surname.
func (w *window) nameLabelAbove(i int) bool {
	if w.byteAt(i-1) != '\n' {
		return false
	}
	k := i - 2
	if w.byteAt(k) == '\r' {
		k--
	}
	trim := func() {
		for n := 0; n < 4 && (w.byteAt(k) == ' ' || w.byteAt(k) == ':' || w.byteAt(k) == ')' || w.byteAt(k) == '(' || w.byteAt(k) == 's' && w.byteAt(k-1) == '('); n++ {
			k-- // "Name(s)", "Name :"
		}
	}
	trim()
	if w.byteAt(k) >= 0x80 {
		// "Surname/उपनाम", "Given Name(s)/दिया गया नाम": a bilingual
		// label, as a passport prints it; the English half is read.
		q := k
		for k-q < 48 && (w.byteAt(q) >= 0x80 || w.byteAt(q) == ' ') {
			q--
		}
		if w.byteAt(q) != '/' {
			return false
		}
		k = q - 1
		trim()
	}
	e := k + 1
	for isASCIILetter(byte(max(w.byteAt(k), 0))) {
		k--
	}
	var buf [12]byte
	if e-k-1 < 2 || e-k-1 > len(buf) {
		return false
	}
	for q := k + 1; q < e; q++ { // through the window's history too
		buf[q-k-1] = byte(w.byteAt(q)) | 0x20
	}
	word := string(buf[:e-k-1])
	if keyWords[word] != Person && word != "sumame" && nameLabels[word] == "" {
		return false
	}
	for n := 0; n < 40; n, k = n+1, k-1 { // the rest of the label's line: a few words, no digit
		switch b := w.byteAt(k); {
		case b < 0 || b == '\n':
			return true
		case b >= '0' && b <= '9':
			return false
		}
	}
	return false
}

// maxColumnLine bounds the lines nameColumnAbove reads: the value's and
// the one above, together within what a stream keeps (histCap).
const maxColumnLine = 120

// nameColumnAbove reports a name's cell [start, end) in a table aligned
// with spaces, under a cell of the line above that holds a name's label
// (see cellAbove): "Surname        Given Names\nTHOMAS         RESHMA", as
// forms and passports' data pages are laid out.
func (w *window) nameColumnAbove(start, end int) bool {
	_, q, ok := w.cellAbove(start, end)
	return ok && nameLabelCellEndsAt(w, q)
}

// cellAbove returns the cell of the line above a value's cell [start,
// end) that starts at the same column, give or take two as OCR places
// words, in a table aligned with spaces: the value's cell opens its line
// or follows two spaces, and ends the line or two spaces; the cell above
// opens with a capital, its words one space apart.
func (w *window) cellAbove(start, end int) (s, e int, ok bool) {
	b, a := w.byteAt(start-1), w.byteAt(end)
	if !(b == '\n' || b == ' ' && w.byteAt(start-2) == ' ') || !(a == '\n' || a == '\r' || a < 0 && w.atEOF || a == ' ' && w.byteAt(end+1) == ' ') {
		return 0, 0, false // no cell of its own: a line's start or two spaces before, two spaces or the line's end after
	}
	ls := w.lineStartWithin(start, maxColumnLine)
	if w.byteAt(ls-1) != '\n' {
		return 0, 0, false
	}
	col := start - ls
	le := ls - 1 // the line above's '\n'
	if w.byteAt(le-1) == '\r' {
		le--
	}
	as := w.lineStartWithin(le, maxColumnLine)
	if le-as > maxColumnLine || w.byteAt(as-1) >= 0 && w.byteAt(as-1) != '\n' || w.byteAt(as-1) < 0 && w.base+int64(as) != 0 {
		return 0, 0, false
	}
	for c := max(col-2, 0); c <= col+2 && as+c < le; c++ {
		p := as + c
		if !isUpperByte(w.byteAt(p)) || c > 0 && !(w.byteAt(p-1) == ' ' && (c == 1 || w.byteAt(p-2) == ' ')) {
			continue // no cell starts here
		}
		q := p // the label's cell: words apart by one space
		for q < le && !(w.byteAt(q) == ' ' && w.byteAt(q+1) == ' ') && q-p < maxCellAbove {
			q++
		}
		return p, q, true
	}
	return 0, 0, false
}

// maxCellAbove bounds a label's cell above a value, in bytes: 32
// characters of an Indian script, three bytes each.
const maxCellAbove = 96

// columnLabelAbove returns a word for kind k in the cell above the
// value's (see cellAbove), as a form's two rows set labels over values:
// "Date of Birth/जन्मतिथि        Place of Birth/जन्म स्थान\n12/09/1977
// INDORE". Only a word for the kind counts: a cell out of line says
// nothing against a value.
func (w *window) columnLabelAbove(start, end int, k kindID) (ctxWord, bool) {
	s, e, ok := w.cellAbove(start, end)
	if !ok {
		return ctxWord{}, false
	}
	var text [maxCellAbove]byte
	n := w.copyOut(text[:], s, min(e, s+len(text)))
	if bytes.IndexAny(text[:n], "0123456789:=") >= 0 || !w.cellsFollow(e) && !w.cellsBefore(s) {
		return ctxWord{}, false // a value, a key's, or a sentence: no row of labels
	}
	var words [fewWords]ctxWord
	nw := scanWords(text[:n], words[:], false)
	if nw > 4 {
		return ctxWord{}, false
	}
	var found ctxWord
	for _, x := range words[:nw] {
		if x.known && (x.entry.neg && x.entry.pos&k.mask() == 0 && (k != kDateOfBirth || x.entry.dateNeg) || hasRole(x, roleCode)) {
			return ctxWord{}, false // "Town/Village code", "Date of Issue": the cell names something else ("Date of Birth" does not)
		}
		if x.known && x.entry.pos&k.mask() != 0 && !found.known {
			found = x
		}
	}
	return found, found.known
}

// cellsFollow reports another cell after the one that ends at e on its
// line: two spaces or more, then a word.
func (w *window) cellsFollow(e int) bool {
	return w.byteAt(e) == ' ' && w.byteAt(e+1) == ' ' && isAlnumByte(w.byteAt(w.skipSpaces(e)))
}

// cellsBefore reports another cell before the one that starts at s on
// its line: a word, then two spaces or more.
func (w *window) cellsBefore(s int) bool {
	return w.byteAt(s-1) == ' ' && w.byteAt(s-2) == ' '
}

// nameLabelCellEndsAt reports a name's label, its last word one of
// nameLabels' or a key word for a person, ending at q: "Given Names",
// "Surname", "Name(s)".
func nameLabelCellEndsAt(w *window, q int) bool {
	k := q
	if w.byteAt(k-1) == ')' && w.byteAt(k-2)|0x20 == 's' && w.byteAt(k-3) == '(' {
		k -= 3 // "Given Name(s)"
	}
	var buf [12]byte
	word, s := wordBefore(w, k, buf[:])
	if len(word) == 0 || s+len(word) != k {
		return false
	}
	if keyWords[string(word)] == Person || nameLabels[string(word)] != "" {
		return true
	}
	return len(word) > 1 && word[len(word)-1] == 's' && nameLabels[string(word[:len(word)-1])] != "" // "Given Names"
}

// respectAfter reports "ji", "sir", "saab", "sahab" or "madam" one space
// after e, in any case, ending a word.
func respectAfter(w *window, e int) bool {
	if w.byteAt(e) != ' ' {
		return false
	}
	var buf [6]byte
	q := e + 1
	for q-e <= len(buf) && isASCIILetter(byte(max(w.byteAt(q), 0))) {
		q++
	}
	if q-e-1 < 2 || q-e-1 > len(buf) || isAlnumByte(w.byteAt(q)) {
		return false
	}
	return respectWords[string(lowerASCII(buf[:], w.buf[e+1:min(q, len(w.buf))]))]
}

// respectWords are the words of respect people put after a name: "Pawar
// ji", "Banerjee sir", "kiran ji".
var respectWords = map[string]bool{"ji": true, "sir": true, "saab": true, "sahab": true, "madam": true}

// companyWords end a registered company's name ("… Private Limited",
// "… Pvt. Ltd.", "… LLP"), and institutionWords a scheme's, a fund's or
// an institution's named after a person ("Savitribai Phule Kanya Kalyan
// Yojana", "Motilal Oswal Flexi Cap Fund").
var (
	companyWords     = map[string]bool{"private": true, "pvt": true, "limited": true, "ltd": true, "llp": true}
	institutionWords = map[string]bool{
		"school": true, "vidyalaya": true, "mahavidyalaya": true, "vishwavidyalaya": true, "vidyapeeth": true, "vidyapeetham": true,
		"vidyaniketan": true, "academy": true, "gurukul": true, "pathshala": true, "portal": true, // "Bal Bharati Public School", "Vidya Lakshmi Portal"
		"yojana": true, "scheme": true, "fund": true, "scholarship": true, "mission": true, "abhiyan": true, "fellowship": true,
		"pension": true, "award": true, "trophy": true, "memorial": true, "trust": true, "foundation": true,
		"university": true, "college": true, "institute": true, "hospital": true, "stadium": true, "yatra": true,
		// Places named after people: "Indira Gandhi Intl Airport", "Jawaharlal Nehru Marg".
		"airport": true, "station": true, "road": true, "marg": true, "salai": true, "nagar": true, "chowk": true,
		"setu": true, "bhawan": true, "bhavan": true, "park": true, "market": true, "library": true, "museum": true,
		"colony": true, "street": true, "hall": true, "lawn": true, "lawns": true, "path": true, "lane": true, "place": true, "gate": true,
		"port": true, "terminal": true, "expressway": true, "highway": true, "bridge": true, "dam": true, // "Jawaharlal Nehru Port"
		"intl": true, "international": true, // "Chaudhary Charan Singh Intl", an airport in a table of them
		"arena": true, "indoor": true, "auditorium": true, "maidan": true, "ground": true, "grounds": true, "complex": true, // "Indira Gandhi Indoor Arena"
	}
)

// reportedCaseAfter reports a law report's citation after a name that
// ends at e, " v. " or " vs. " between: "Kesavananda Bharati v. State of
// Kerala, (1975) 12 SCC 325", "Maneka Gandhi v. Union of India AIR 1978
// SC 597". A precedent's parties are in the law reports for all to read;
// a live case's ("Ramesh Kumar vs State of UP" in an FIR) have no
// citation.
func (w *window) reportedCaseAfter(e int) bool {
	q := e
	if w.byteAt(q) != ' ' || w.byteAt(q+1) != 'v' {
		return false
	}
	switch {
	case w.byteAt(q+2) == '.' && w.byteAt(q+3) == ' ':
	case w.byteAt(q+2) == 's' && (w.byteAt(q+3) == ' ' || w.byteAt(q+3) == '.' && w.byteAt(q+4) == ' '):
	default:
		return false
	}
	if q+160 > len(w.buf) && !w.atEOF {
		w.short = true // the citation may come in the next buffer
		return false
	}
	for k := q + 3; k-q < 160 && k+3 <= len(w.buf); k++ {
		switch w.buf[k] {
		case '\n':
			return false
		case 'S', 'A':
			if k+3 <= len(w.buf) && (string(w.buf[k:k+3]) == "SCC" || string(w.buf[k:k+3]) == "SCR" || string(w.buf[k:k+3]) == "AIR") &&
				!isAlnumByte(w.byteAt(k-1)) && !isAlnumByte(w.byteAt(k+3)) {
				return true
			}
		}
	}
	return false
}

// firmFollows reports whether, after a name that ends at e, at most five
// capitalised words (or "and", "&") lead to a word of companyWords or
// institutionWords: the name is a company's or a scheme's ("Jithin
// Panicker Agro Exports Private Limited", "Gupta and Sons Private
// Limited", "Rajiv Gandhi Shiksha Yojana").
func (w *window) firmFollows(e int) bool {
	var buf [12]byte
	for n := 0; n < 6 && (w.byteAt(e) == ' ' || w.byteAt(e) == '-'); n++ { // "Ambedkar Post-Matric Scholarship", "Aditya Birla Sun Life Flexi Cap Fund"
		q := e + 1
		if b := w.byteAt(q); b == '&' {
			e = q + 1
			continue
		} else if !isUpperByte(b) && !(b == 'a' && w.byteAt(q+1) == 'n' && w.byteAt(q+2) == 'd' && w.byteAt(q+3) == ' ') {
			return false
		}
		for q-e < 16 && isASCIILetter(byte(max(w.byteAt(q), 0))) {
			q++
		}
		if q-(e+1) <= len(buf) {
			word := string(lowerASCII(buf[:], w.buf[e+1:min(q, len(w.buf))]))
			if companyWords[word] || institutionWords[word] || firmWords[word] {
				return true
			}
		}
		e = q
	}
	return false
}

// saintBefore reports "St.", "St" or "Saint", any case, one space
// before i.
func saintBefore(w *window, i int) bool {
	if w.byteAt(i-1) != ' ' {
		return false
	}
	k := i - 2
	if w.byteAt(k) == '.' {
		k--
	}
	var buf [5]byte
	word, s := wordBefore(w, k+1, buf[:])
	return (string(word) == "st" || string(word) == "saint") && !isAlnumByte(w.byteAt(s-1))
}

// publicOffices are the words of a public office or of public life that
// stand right before a public figure's name in news and notices: "Union
// Finance Minister Nirmala Sitharaman", "industrialist Ratan Tata". Such
// a name is the office holder's public identity, not a private person's
// data; an office many private people hold ("Secretary", "President" of a
// society) is not among them.
var publicOffices = map[string]bool{
	"minister": true, "mla": true, "governor": true, "mayor": true,
	"commissioner": true, "collector": true, "magistrate": true, "corporator": true, "councillor": true, // "Deputy Commissioner Kavita Rathod"
	"police":        true, // "Deputy Commissioner of Police Shri …", "Superintendent of Police"
	"industrialist": true, "cricketer": true, "actor": true, "actress": true, "skipper": true,
}

// publicOfficeBefore reports a word of publicOffices one space before
// the name at i.
func publicOfficeBefore(w *window, i int) bool {
	if w.byteAt(i-1) != ' ' {
		return false
	}
	var buf [16]byte
	e := i - 1
	if w.byteAt(e-1) == '.' {
		e-- // "Smt. Anupama Rathi"
	}
	word, s := wordBefore(w, e, buf[:])
	if _, title := honorifics[string(word)]; title && w.byteAt(s-1) == ' ' {
		// "Municipal Commissioner Shri Vikrant Salvi", "Deputy Commissioner
		// of Police (Zone 1) Shri …": the office, then the title
		e = s - 1
		if w.byteAt(e-1) == ')' {
			for n := 0; n < 24 && w.byteAt(e) >= 0 && w.byteAt(e) != '('; n++ {
				e--
			}
			if w.byteAt(e) != '(' || w.byteAt(e-1) != ' ' {
				return false
			}
			e--
		}
		return publicOfficeBefore(w, e+1)
	}
	return publicOffices[string(word)] && !isAlnumByte(w.byteAt(s-1))
}

// firmWords end a firm's name, a few words after its founder's ("Jagdish
// Prasad & Sons", "Anand Rathi Share Brokers", "Motilal Oswal Financial
// Services"), as firmFollows reads them.
var firmWords = map[string]bool{
	"sons": true, "brothers": true, "bros": true, "brokers": true, "broking": true, "financial": true,
	"services": true, "enterprises": true, "industries": true, "traders": true, "associates": true,
	"agencies": true, "contractors": true, "manpower": true, "securities": true, "finserv": true,
	"logistics": true, "solutions": true, "technologies": true,
	"works": true, "attendants": true, "communication": true, "communications": true, "electricals": true,
	"electronics": true, "engineering": true, "engineers": true, "constructions": true, "builders": true,
	"developers": true, "motors": true, "travels": true, "tours": true, // "Om Sai Lift Works", "New Raj Communication"
	"life": true, // an insurer: "Aditya Birla Sun Life"
	// An eatery's or a shop's, named for its founder as people call him:
	// "Mani Anna Idli Stall", "Prakash Uncle Chikki", "Mohan Bhai Masala".
	"stall": true, "dhaba": true, "mess": true, "canteen": true, "bhojanalaya": true, "sweets": true, "mithai": true,
	"chikki": true, "masala": true, "masale": true, "achaar": true, "achar": true, "pickles": true, "papad": true, "namkeen": true,
	"kulfi": true, "bakery": true, "bakers": true, "bakes": true, "caterers": true, "tailors": true, "jewellers": true,
	"textiles": true, "emporium": true, "kirana": true,
}

// noteThenColonAt reports a short note in brackets at the '(' at p, a
// colon right after it: a society group's flat or an office's team after
// a sender's name ("Dechen Tado (A-1104): …", "Bisahu Yadu (GRS): …").
func (w *window) noteThenColonAt(p int) bool {
	if w.byteAt(p) != '(' {
		return false
	}
	for q := p + 1; q-p <= 14; q++ {
		switch b := w.byteAt(q); {
		case b == ')':
			return q > p+1 && w.byteAt(q+1) == ':'
		case isAlnumByte(b) || b == '-' || b == '/' || b == ' ' || b == '.':
		default:
			return false
		}
	}
	return false
}

// contactInParens reports an e-mail or UPI address, or a number of ten
// digits or more, from p to a closing ')' a short way on: whose contact
// a name in front of it gives.
func contactInParens(w *window, p int) bool {
	digits, at := 0, false
	for k := p; k-p < 64; k++ {
		switch b := w.byteAt(k); {
		case b == ')':
			return k > p && (at || digits >= 10)
		case isDigitByte(b):
			digits++
		case b == '@':
			at = true
		case b < 0 || b == '\n' || b == '(':
			return false
		}
	}
	return false
}

// mobileAt reports ten digits at p, as a mobile number is written
// ("78789 07021", "9876543210", "+91 98765 43210"), and no more: a
// contact's number after a name. In a stream whose buffer ends first, it
// sets w.short.
func (w *window) mobileAt(p int) bool {
	k := p
	if w.byteAt(k) == '+' && w.byteAt(k+1) == '9' && w.byteAt(k+2) == '1' {
		k += 3
		if w.byteAt(k) == ' ' || w.byteAt(k) == '-' {
			k++
		}
	}
	if b := w.byteAt(k); b < '6' || b > '9' {
		if b < 0 && k >= len(w.buf) && !w.atEOF {
			w.short = true
		}
		return false
	}
	digits := 0
	for ; k-p < 20; k++ {
		b := w.byteAt(k)
		switch {
		case isDigitByte(b):
			digits++
			continue
		case (b == ' ' || b == '-') && digits == 5 && isDigitByte(w.byteAt(k+1)):
			continue
		case b < 0 && k >= len(w.buf) && !w.atEOF:
			w.short = true
			return false
		}
		return digits == 10 && !isAlnumByte(b)
	}
	return false
}

// familyCommaGiven reads a family name, a comma and a given name at i,
// as registers and passenger lists write a name ("SANDHU, Rajwinder",
// "Kurian, Athira"), both known to the gazetteer and neither an everyday
// word, and the middle and family names after them; it returns the
// name's end.
func (w *window) familyCommaGiven(i int) (int, bool) {
	var buf [32]byte
	e, ok := w.nameWordAt(i)
	if !ok || e-i > len(buf) {
		return i, false
	}
	family := string(lowerASCII(buf[:], w.buf[i:e]))
	// An everyday family name ("GILL, Jasleen") is one here: the given
	// name after it must be no everyday word.
	if !names.Surname(family) || notPersonWords[family] || w.byteAt(e) != ',' || w.byteAt(e+1) != ' ' {
		return i, false // not "Lakshmi Nagar, Shivaji Park": a place's word
	}
	q, ok := w.nameWordAt(e + 2)
	if !ok || q-(e+2) > len(buf) {
		return i, false
	}
	given := string(lowerASCII(buf[:], w.buf[e+2:q]))
	if !names.Given(given) || names.Ambiguous(given) || w.firmFollows(q) {
		return i, false
	}
	for n := 2; n < maxNameWords && w.byteAt(q) == ' '; n++ {
		r, ok := w.nameWordAt(q + 1)
		if !ok || r-(q+1) > len(buf) {
			break
		}
		more := string(lowerASCII(buf[:], w.buf[q+1:r]))
		if !names.Middle(more) && !names.Given(more) && !names.Surname(more) || notPersonWords[more] {
			break
		}
		q = r
	}
	return q, true
}

// initialsAt reads up to three initials at i, as South Indian names
// open ("K. Ramesh", "M S Lakshmi", "A.R. Rahim"), and returns where the
// name's first word starts and how many it read. A lone "A" or "I" with
// no dot is a word, not an initial, and a lone "X" what a mask left.
func initialsAt(w *window, i int) (p, n int) {
	p = i
	if w.byteAt(i-1) == '/' {
		return p, 0 // the "O" of "S/O Ramesh"
	}
	if isPostOfficeAt(w, i) || w.byteAt(i-1) == '.' && isPostOfficeAt(w, i-2) {
		return p, 0 // a post office's or a police station's abbreviation: "P.O. Sonaram", "P.S. Saket"
	}
	for n < 3 {
		b, c := w.byteAt(p), w.byteAt(p+1)
		if b < 'A' || b > 'Z' {
			break
		}
		switch {
		case c == '.' && w.byteAt(p+2) == ' ' && isUpperByte(w.byteAt(p+3)):
			p += 3
		case c == '.' && isUpperByte(w.byteAt(p+2)) && w.byteAt(p+3) == '.':
			p += 2 // "A.R."
		case c == ' ' && b != 'A' && b != 'I' && b != 'X' && isUpperByte(w.byteAt(p+2)): // not a mask's lone X
			p += 2
		default:
			return p, n
		}
		n++
	}
	return p, n
}

// isPostOfficeAt reports "P.O." or "P.S." at i, the abbreviations of an
// address's post office and police station.
func isPostOfficeAt(w *window, i int) bool {
	return w.byteAt(i) == 'P' && w.byteAt(i+1) == '.' && (w.byteAt(i+2) == 'O' || w.byteAt(i+2) == 'S') && w.byteAt(i+3) == '.' && !isAlnumByte(w.byteAt(i-1))
}

// afterNameCues are words that, right after a given name, say it names a
// person: Hindi and Hinglish particles and forms of address ("Farokh
// bhai", "Manjunath ka mail id") and "your" ("Arun your ppt no.").
// A form of address is strong (true): enough even for a name that is
// also an everyday word ("Lakshmi didi").
var afterNameCues = func() map[string]bool {
	m := map[string]bool{
		"bhai": true, "bhaiya": true, "didi": true, "sir": true, "madam": true, "maam": true, "saab": true,
		"sahab": true, "ka": false, "ki": false, "ke": false, "ko": false, "ne": false, "se": false, "your": false,
		"garu": true, "anna": true, "akka": true, "da": false, "di": false, "bhabhi": true, "aunty": true, "uncle": true,
		// Tamil and Telugu case endings written apart in Latin script:
		// "Karthikeyan ku GPay pannidu", "Kalaiselvi kitta sollu".
		"ku": false, "kku": false, "kitta": false, "kooda": false, "ni": false,
	}
	for w := range kinWords {
		m[w] = true // a relative's word, as a family calls its members: "Baljinder mama"
	}
	return m
}()

// organisationAfter reports a word of notPersonWords among the next three
// capitalised words after p: what a possessive names is then a business's
// or a society's name, not a person's ("Umang Children's Welfare
// Society").
func (w *window) organisationAfter(p int) bool {
	if p+3*16 > len(w.buf) && !w.atEOF {
		w.short = true // the words may run on into the next buffer
		return false
	}
	for n := 0; n < 3 && w.byteAt(p) == ' ' && isUpperByte(w.byteAt(p+1)); n++ {
		var buf [16]byte
		word, ok := w.wordAt(p+1, buf[:])
		if !ok {
			return false
		}
		if notPersonWords[string(word)] {
			return true
		}
		p += 1 + len(word)
	}
	return false
}

// relationMarkAt reports the mark of a relation at p, "s/o", "d/o",
// "w/o", "h/o" (son, daughter, wife, husband of), either case, a space
// after it.
func relationMarkAt(w *window, p int) bool {
	switch w.byteAt(p) | 0x20 {
	case 's', 'd', 'w', 'h':
		return w.byteAt(p+1) == '/' && w.byteAt(p+2)|0x20 == 'o' && w.byteAt(p+3) == ' '
	}
	return false
}

// spaceWithin reports a space in [i, end).
func (w *window) spaceWithin(i, end int) bool {
	return i >= 0 && end <= len(w.buf) && bytes.IndexByte(w.buf[i:end], ' ') >= 0
}

// nameCue reports what around the name [i, end) says it is one, and
// whether that is strong: a cue word right before it, a chat sender's
// colon or a signature line (strong), "ji" after it (strong).
func nameCue(w *window, i, end int) (cue string, strong, ok bool) {
	// After the name.
	a := w.byteAt(end)
	if a == ' ' && w.byteAt(end+1) == 'j' && w.byteAt(end+2) == 'i' && !isAlnumByte(w.byteAt(end+3)) {
		return "\"ji\" after", true, true
	}
	if genderAgeAt(w, end) {
		return "sex and age after", true, true
	}
	if a == ']' && w.byteAt(i-1) == '[' && (w.byteAt(i-2) < 0 || w.byteAt(i-2) == '\n') && w.byteAt(end+1) == ' ' {
		return "chat sender", true, true // "[Siddharth] Didi kal 8 baje aa jaungi"
	}
	if a == '\'' && w.byteAt(end+1) == 's' && !isAlnumByte(w.byteAt(end+2)) && !w.organisationAfter(end+2) {
		if w.byteAt(end+2) == ' ' {
			var buf [12]byte
			if word, _ := w.wordAt(end+3, buf[:]); dictionary[string(word)].pos != 0 || relationWords[string(word)] {
				return "a possessive, an identifier's or a relative's word after", true, true // "Ravi's PAN is …", "Ravi's wife"
			}
		}
		return "a possessive", false, true // "Swati's Handloom Sarees" (not "Umang Children's Welfare Society")
	}
	if a == ' ' && relationMarkAt(w, end+1) {
		return "a relation after", true, true // "Kamla Rebari w/o Mangilal Jakhar": the first is a person too
	}
	if a == ' ' && w.byteAt(end+1) == '(' && contactInParens(w, end+2) {
		return "a contact in brackets after", true, true // "Kavita (6017337004@freecharge) is requesting"
	}
	if a == ',' && w.byteAt(end+1) == ' ' && w.mobileAt(end+2) {
		return "a mobile number after", true, true // "Address same as invoice. Naveen, 78789 07021"
	}
	if a == ' ' && isASCIIDigitByte(byte(max(w.byteAt(end+1), 0))) || a == ' ' && w.byteAt(end+1) == '+' {
		if phone, _ := w.mobileAfter(end + 1); phone {
			return "a mobile number after", true, true // "Caregiver Neha 740 570 1819", "| Sagar 09903260764"
		}
	}
	// Before it: spaces, then punctuation, then a word.
	k := i - 1
	for n := 0; n < 3 && w.byteAt(k) == ' '; n++ {
		k--
	}
	lineStart := w.byteAt(k) < 0 && k < 0 || w.byteAt(k) == '\n'
	if !lineStart && w.byteAt(k) == ']' {
		// "[11/09/2022, 3:38 pm] Imran:": a chat export's time stamp.
		for n := 0; n < 40 && w.byteAt(k) >= 0 && w.byteAt(k) != '\n'; n++ {
			if w.byteAt(k) == '[' {
				lineStart = w.byteAt(k-1) < 0 || w.byteAt(k-1) == '\n'
				break
			}
			k--
		}
	}
	if !lineStart && w.byteAt(k) == '-' && w.byteAt(k-1) == ' ' {
		// "27/04/22, 6:21 pm - Bidisha:": an Android chat export's time
		// stamp, a date and a time before " - ".
		m, colon := k-2, false
		for n := 0; n < 24 && w.byteAt(m) >= 0 && w.byteAt(m) != '\n'; n++ {
			colon = colon || w.byteAt(m) == ':'
			m--
		}
		if b := w.byteAt(m); (b < 0 || b == '\n') && colon && isDigitByte(w.byteAt(m+1)) && a == ':' {
			return "chat sender", true, true
		}
	}
	weakAfter := "" // a weak word after the name (see afterNameCues), if no cue before it is stronger
	noCue := func() (string, bool, bool) {
		if weakAfter != "" {
			return "\"" + weakAfter + "\" after", false, true
		}
		return "", false, false
	}
	if a == ' ' {
		var buf [8]byte
		e := end + 1
		for e-end <= len(buf) && isASCIILetter(byte(max(w.byteAt(e), 0))) {
			e++
		}
		if e-end-1 <= len(buf) && !isAlnumByte(w.byteAt(e)) && w.byteAt(e) < 0x80 {
			if word := lowerASCII(buf[:], w.buf[min(end+1, len(w.buf)):min(e, len(w.buf))]); len(word) > 0 {
				if strong, ok := afterNameCues[string(word)]; ok {
					if strong {
						return "\"" + string(word) + "\" after", true, true
					}
					weakAfter = string(word) // a cue before may be stronger: "hi Arun your order …"
				}
			}
		}
	}
	if lineStart {
		switch {
		case a == ':' || a == ',' && w.byteAt(end+1) == ' ' && w.byteAt(end+2) == '[' || a == ' ' && (w.postTimeAfter(end) || w.noteThenColonAt(end+1)):
			return "chat sender", true, true // "Yash (9:22 pm): which account?", "Shazia  3:19 PM", "Dechen Tado (A-1104): …"
		case a < 0 || a == '\n' || a == '\r':
			return "a line of its own", true, true
		case a == ',' && w.byteAt(end+1) == ' ':
			return "a name addressed", false, true // "Maria, tera DL …"
		}
		return noCue()
	}
	if p := w.byteAt(k); (p == ':' || p == '.' || p == '!' || p == '?') && k < i-1 && a == ',' && w.byteAt(end+1) == ' ' &&
		w.byteAt(end+2) >= 'a' && w.byteAt(end+2) <= 'z' {
		return "a name addressed", false, true // "…instead of Aadhaar: Divya, your VID is …"
	}
	if p := w.byteAt(k); (p == '?' || p == '!' || p == '.') && a == ':' && k < i-1 {
		return "chat sender", true, true // "Farhan: licence no? Sasmita: GJ01 …"
	}
	if p := w.byteAt(k); (p == '-' || p == '~' || isEmDashEnd(w, k)) && k < i-1 { // "- Vivek", "— Navneet", not "first-name-Ravi"
		if e := w.byteAt(end); e < 0 || e == '\n' || e == '\r' ||
			(e == '.' || e == ',') && (w.byteAt(end+1) == ' ' || w.byteAt(end+1) == '\n' || w.byteAt(end+1) < 0 && w.atEOF) && !w.spaceWithin(i, end) {
			return "signature", true, true // "- Mamta. ID: PAN …", "- Asha, 98…" (not a list's "- Suman Holidays, Nagpur")
		}
	}
	comma := false
	for n := 0; n < 2 && (w.byteAt(k) == ',' || w.byteAt(k) == ' ' || w.byteAt(k) == '='); n++ {
		comma = comma || w.byteAt(k) == ','
		k--
	}
	var buf [16]byte
	word, ws := wordBefore(w, k+1, buf[:])
	if string(word) == "i" && comma && w.byteAt(ws) == 'I' {
		return "\"I,\" before", true, true // "I, Pavan Gutta, son of …": a statement's maker
	}
	if (string(word) == "to" || string(word) == "with") && w.byteAt(ws-1) == ' ' {
		// "Am I speaking to Anand Sardessai?", "talking with Kiran":
		// whom one speaks to on a call is a person
		var verb [12]byte
		switch v, _ := wordBefore(w, ws-1, verb[:]); string(v) {
		case "speaking", "speak", "talking", "talk", "spoke", "talked":
			return `"` + string(v) + " " + string(word) + `" before`, true, true
		}
	}
	if string(word) == "of" && w.byteAt(ws-1) == ' ' {
		// "son of Late Hemanth Gutta", "wife of Rakesh Dandona": a
		// relation's words, as "S/o" is
		var kin [12]byte
		if rel, _ := wordBefore(w, ws-1, kin[:]); relationOfWords[string(rel)] {
			return "\"" + string(rel) + " of\" before", true, true
		}
	}
	if w.introEndsAt(end) && w.introBefore(i, a == ' ', true) {
		// "My name is Kiran.", "I am Kiran, your delivery partner", "main
		// Kiran, ye naya number …"; in a title-case phrase ("I Am Happy")
		// a name's everyday word is the phrase's. (introBefore read the
		// word one space before the name: word, at ws.)
		return "an introduction before", !isUpperByte(w.byteAt(ws)), true
	}
	if strong, found := nameCues[string(word)]; found && !(string(word) == "name" && w.byteAt(i-1) != ' ') && !(comma && !strong && lowerRoleSet[string(word)]) {
		// (A role's word and a comma head a letter's address: "The
		// Branch Manager, Chaitanya Godavari".)
		// ("name" cues a name one space after it, as a form prints a label
		// with no colon; a key's quoted value is the key readers' own.)
		return "\"" + string(word) + "\" before", strong, true
	}
	return noCue()
}

// relationOfWords are the relatives' words that, with "of" after them,
// stand before a person's name: "son of", "wife of".
var relationOfWords = map[string]bool{
	"son": true, "daughter": true, "wife": true, "husband": true, "widow": true, "father": true, "mother": true,
}

// genderAgeAt reports a person's sex and age after a name that ends at
// e, as tickets, registers and petitions list people: "Farhan Merchant
// M/42", "Asha Rao, 25/F", "Ravi Kumar (M)", "Omkar (59M)", "Smita Naik,
// 29 yrs", "Damayanti Kaur, aged 40 years".
func genderAgeAt(w *window, e int) bool {
	k := e
	if w.byteAt(k) == ',' {
		k++
	}
	n := 0
	for ; n < 4 && w.byteAt(k) == ' '; n++ {
		k++
	}
	if n == 0 {
		return false
	}
	sex := func(b int) bool { return b == 'M' || b == 'F' }
	switch b := w.byteAt(k); {
	case sex(b) && w.byteAt(k+1) == '/' && isDigitByte(w.byteAt(k+2)):
		return true // "M/42"
	case isDigitByte(b):
		for d := 0; d < 3 && isDigitByte(w.byteAt(k)); d++ {
			k++
		}
		if w.byteAt(k) == ' ' && w.byteAt(e) == ',' && w.byteAt(k+1) == 'y' && (w.byteAt(k+2) == 'r' || w.byteAt(k+2) == 'e') {
			return true // "Smita Naik, 29 yrs", "…, 40 years"
		}
		return w.byteAt(k) == '/' && sex(w.byteAt(k+1)) && !isAlnumByte(w.byteAt(k+2)) // "25/F"
	case b == 'a' && w.byteAt(k+1) == 'g' && w.byteAt(k+2) == 'e' && (w.byteAt(k+3) == 'd' && w.byteAt(k+4) == ' ' && isDigitByte(w.byteAt(k+5)) ||
		w.byteAt(k+3) == ' ' && isDigitByte(w.byteAt(k+4))):
		return true // "Damayanti Kaur, aged 40 years", "Ravi, age 42"
	case b == '(':
		if sex(w.byteAt(k + 1)) {
			return w.byteAt(k+2) == ')' // "(M)"
		}
		d := 0
		for k++; d < 3 && isDigitByte(w.byteAt(k)); d++ {
			k++
		}
		if w.byteAt(k) == ' ' || w.byteAt(k) == '/' {
			k++
		}
		return d > 0 && sex(w.byteAt(k)) && w.byteAt(k+1) == ')' // "(59M)", "(59 M)", "(59/F)"
	}
	return false
}

// isEmDashEnd reports whether the byte at k ends an em dash, "—" (E2 80 94).
func isEmDashEnd(w *window, k int) bool {
	return w.byteAt(k) == 0x94 && w.byteAt(k-1) == 0x80 && w.byteAt(k-2) == 0xE2
}

// mayBeName is the main loop's test of the ASCII word [i, j) of buf: a
// capitalised word that the gazetteer knows as a given or family name,
// or one before a family name it knows (see mayOpenUnknownGiven), which
// freeName must read.
func mayBeName(buf []byte, i, j int, atEOF bool) bool {
	if names.Known(buf[i:j]) {
		return true
	}
	return (j+1 >= len(buf) || buf[j] == ' ' && byteClass[buf[j+1]] == clsUpper) && mayOpenUnknownGiven(buf, i, j, atEOF)
}

// isKnownName reports an ASCII word, in any case, that the gazetteer knows
// as a given or a family name.
func isKnownName(word []byte) bool {
	return names.Known(word)
}

func isDigitByte(b int) bool { return b >= '0' && b <= '9' }

// notGivenWords are capitalised words that come before a family name
// without being a given name: titles and forms of address ("Sardar
// Patel", "Mahatma Gandhi", "Uncle Hazarika"), and the words that open
// a sentence or a heading ("Contact Tiwari"), besides notNameWords
// ("Team Iyer").
var notGivenWords = map[string]bool{
	"mister": true, "madame": true, "mrs": true, "master": true, "baby": true, "late": true, "sardar": true,
	"sant": true, "saint": true, "guru": true, "swami": true, "ustad": true, "mahatma": true, "shaheed": true,
	"netaji": true, "lokmanya": true, "acharya": true, "maharshi": true, "begum": true, "nawab": true,
	"maharaja": true, "maharani": true, "rani": true, "rajmata": true, "major": true, "captain": true,
	"colonel": true, "general": true, "lieutenant": true, "brigadier": true, "justice": true, "judge": true,
	"advocate": true, "adv": true, "commissioner": true, "collector": true, "minister": true, "governor": true,
	"chief": true, "professor": true, "director": true, "constable": true, "behen": true, "chacha": true,
	"chachi": true, "mama": true, "mami": true, "nana": true, "nani": true, "dada": true, "dadi": true,
	"bhabhi": true, "amma": true, "appa": true, "anna": true, "akka": true, "thambi": true, "project": true,
	"sales": true, "dept": true, "per": true, "not": true, "new": true, "old": true, "his": true, "her": true,
	"their": true, "pls": true, "plz": true, "congratulations": true, "congrats": true, "welcome": true,
	"sorry": true, "also": true, "hon": true, "honourable": true, "respected": true, "beloved": true,
	"dearest": true, "smt": true, "shrimati": true, "shriman": true, "sushri": true, "kumar": true, "devi": true,
	"road": true, "marg": true, "nagar": true, "street": true, "chowk": true, "colony": true, "station": true,
	"hospital": true, "college": true, "university": true, "institute": true, "memorial": true, "stadium": true,
	"park": true, "surname": true, // a form's label: "Surname Malhotra"
	"garib": true, // the Garib Rath, a train
	// Offices of local government before a place's name: "Sub-Registrar
	// Kota", "Gram Panchayat Kotla".
	"registrar": true, "panchayat": true, "sarpanch": true, "tehsildar": true, "patwari": true, "mukhiya": true,
}

// mayBeUnknownGiven reports whether s, a capitalised word lower-cased
// that the gazetteer does not know, may be a given name before a family
// name: not a title, a context word or an everyday opener.
func mayBeUnknownGiven(s string) bool {
	_, cue := nameCues[s]
	_, after := afterNameCues[s]
	return len(s) >= 3 && len(s) <= 16 && !notGivenWords[s] && !notNameWords[s] && !notPersonWords[s] && !cue && !after &&
		dictionary[s].pos == 0 && !isMonthWord([]byte(s)) && honorifics[s] == "" && !names.Middle(s) &&
		!placeNames[s] // "Odisha Reddy girl": a state's or a big city's name, as matrimonial ads open
}

// isUnknownGivenSurname reports whether s, lower-cased, is a family
// name that makes the unknown capitalised word before it a given name:
// one the gazetteer knows, not an everyday word, of four letters or more
// ("Hazarika", "Koul"; not "Das" or "More", which follow too many words).
func isUnknownGivenSurname(s string) bool {
	return len(s) >= 4 && names.Surname(s) && !names.Ambiguous(s) && !notGivenWords[s] && !names.FromAbroad(s)
}

// titleWordBefore reports whether a capitalised word, one space before
// i, makes the words at i part of a title-case phrase ("Waktu Eropa
// Barat", "Shiv Sena Bhavan") rather than a name; a greeting or an
// honorific ("Dear", "Mr") does not.
func (w *window) titleWordBefore(i int) bool {
	if w.byteAt(i-1) != ' ' {
		return false
	}
	e := i - 1
	if w.byteAt(e-1) == '.' {
		e-- // "St. Vincent"; an honorific's dot ("Dr. Rao") is no title's
	}
	var buf [16]byte
	word, start := wordBefore(w, e, buf[:])
	if len(word) == 0 || !isUpperByte(w.byteAt(start)) {
		return false
	}
	_, cue := nameCues[string(word)]
	return !cue && honorifics[string(word)] == "" && !notNameWords[string(word)] && // "Sure Anthony,"
		string(word) != "i" // "I Preetha Kurian R/o …": an affidavit's deponent, its comma left out
}

// namesOfIndianWords are given names of the ambiguous list whose other
// sense is a word of an Indian language (Ravi is Sunday, Kiran a ray,
// Naveen new), not an English word, a god, a river, a place or a brand.
// Written in Latin letters, capitalised inside an English sentence, such
// a word names a person (see everydayNameMidSentence).
var namesOfIndianWords = map[string]bool{
	"arun": true, "aruna": true, "aman": true, "amar": true, "gauri": true, "hema": true, "indu": true,
	"kamal": true, "kamala": true, "karan": true, "kiran": true, "lalit": true, "madhu": true, "mamta": true,
	"mohan": true, "naveen": true, "navin": true, "neelam": true, "pushpa": true, "ravi": true, "ravish": true,
	"roshni": true, "sonal": true, "suman": true, "suraj": true, "sushma": true, "swati": true, "uday": true,
	"uma": true, "zoya": true, "bandana": true, "chandan": true, "karuna": true, "anand": true,
}

// placeWordsBefore are the words after which a capitalised word names a
// place, a god or a river rather than a person: "in Anand", "river Ravi".
var placeWordsBefore = map[string]bool{
	"in": true, "at": true, "near": true, "via": true, "towards": true, "river": true, "lord": true, "god": true,
	"goddess": true, "jai": true, "shri": true, "sri": true, "temple": true, "district": true, "city": true,
}

// everydayNameMidSentence reports a name of namesOfIndianWords at [i,
// end), capitalised, after a word in lower case and one space, and not
// before another capitalised word: "ask Ravi to send", "forwarded to
// Kiran for approval" (but "in Anand", "Kamal Cinema").
func (w *window) everydayNameMidSentence(i, end int) bool {
	var buf [16]byte
	word := lowerASCII(buf[:], w.buf[i:end])
	if !namesOfIndianWords[string(word)] || w.byteAt(i-1) != ' ' {
		return false
	}
	if end+1 >= len(w.buf) && !w.atEOF {
		w.short = true // the next word may be capitalised
		return false
	}
	if w.byteAt(end) == ' ' && isUpperByte(w.byteAt(end+1)) {
		return false
	}
	var prev [16]byte
	before, start := wordBefore(w, i-1, prev[:])
	return len(before) > 0 && isLowerByte(w.byteAt(start)) && !placeWordsBefore[string(before)]
}

// personVerbs are English words that, after a sentence's first word,
// make it a person's name: "Karan will join the call", "Usha paid".
var personVerbs = map[string]bool{
	"will": true, "is": true, "was": true, "has": true, "had": true, "and": true, "said": true, "says": true,
	"called": true, "paid": true, "sent": true, "asked": true, "told": true, "can": true, "could": true,
	"would": true, "should": true, "wants": true, "needs": true, "joined": true, "replied": true, "wrote": true,
	"confirmed": true, "shared": true, "submitted": true, "lives": true, "works": true,
}

// everydayNameOpensSentence reports a name of namesOfIndianWords at [i,
// end) that opens a line or a sentence, one of personVerbs after it:
// "Karan will join the call at 5" (but "Kamal hai!", Hindi's "amazing").
func (w *window) everydayNameOpensSentence(i, end int) bool {
	var buf [16]byte
	if !namesOfIndianWords[string(lowerASCII(buf[:], w.buf[i:end]))] || w.byteAt(end) != ' ' {
		return false
	}
	if b := w.byteAt(i - 1); !(b < 0 && w.base+int64(i) == 0 || b == '\n' || b == ' ' && (w.byteAt(i-2) == '.' || w.byteAt(i-2) == '!' || w.byteAt(i-2) == '?')) {
		return false
	}
	e := end + 1
	for e-end <= len(buf) && isLowerByte(w.byteAt(e)) {
		e++
	}
	if e >= len(w.buf) && !w.atEOF {
		w.short = true // the word after may run on
		return false
	}
	if e-end-1 > len(buf) || isAlnumByte(w.byteAt(e)) {
		return false
	}
	return personVerbs[string(lowerASCII(buf[:], w.buf[min(end+1, len(w.buf)):min(e, len(w.buf))]))]
}

// teluguFamilySuffixes end Telugu house names, which come before the
// given name and which no list holds all of: Kodavati-ganti,
// Pasupu-leti, Golla-pudi, Konda-palli.
var teluguFamilySuffixes = []string{"ganti", "leti", "pudi", "palli", "pally", "mudi", "bhatla", "gunta", "konda", "kayala", "mothu", "varapu", "reddi", "setti", "rapu"}

// teluguFamilyShape reports whether s, a capitalised ASCII word of seven
// letters or more, ends as a Telugu house name does.
func teluguFamilyShape[T string | []byte](s T) bool {
	if len(s) < 7 || len(s) > 20 {
		return false
	}
	for _, x := range teluguFamilySuffixes {
		if len(s) > len(x)+2 && suffixFold(s, x) {
			return true
		}
	}
	return false
}

// suffixFold reports whether s ends in x, a lower-case ASCII word, in
// any case. It does not allocate.
func suffixFold[T string | []byte](s T, x string) bool {
	k := len(s) - len(x)
	if k < 0 {
		return false
	}
	for n := range len(x) {
		if s[k+n]|0x20 != x[n] {
			return false
		}
	}
	return true
}

// publicFigures are the full names of people the whole country knows,
// as news, quizzes, textbooks and places name them: no private person's
// record is likely to hold them, and masking them only makes a text
// harder to read. Names that many private people share ("Rohit Sharma",
// "Rahul Gandhi") are left out: they stay masked.
var publicFigures = map[string]bool{
	"mahatma gandhi": true, "jawaharlal nehru": true, "indira gandhi": true, "rajiv gandhi": true,
	"sardar vallabhbhai patel": true, "vallabhbhai patel": true, "subhas chandra bose": true, "netaji subhas chandra bose": true,
	"bhagat singh": true, "rabindranath tagore": true, "sarojini naidu": true, "savitribai phule": true,
	"jyotiba phule": true, "jyotirao phule": true, "srinivasa ramanujan": true, "kalpana chawla": true,
	"abdul kalam": true, "apj abdul kalam": true, "cv raman": true, "homi bhabha": true, "vikram sarabhai": true, "swami vivekananda": true,
	"lal bahadur shastri": true, "rani lakshmibai": true, "bhimrao ambedkar": true, "mother teresa": true,
	"rukmini devi arundale": true, "mirza ghalib": true, "faiz ahmad faiz": true, "rahat fateh ali khan": true,
	"lata mangeshkar": true, "asha bhosle": true, "kishore kumar": true, "amitabh bachchan": true, "shah rukh khan": true,
	"sachin tendulkar": true, "virat kohli": true, "mahendra singh dhoni": true, "ravindra jadeja": true,
	"hardik pandya": true, "jasprit bumrah": true, "rishabh pant": true, "yashasvi jaiswal": true, "sourav ganguly": true,
	"rahul dravid": true, "anil kumble": true, "sunil gavaskar": true, "mithali raj": true, "smriti mandhana": true,
	"harmanpreet kaur": true, "saina nehwal": true, "mary kom": true, "neeraj chopra": true, "sunil chhetri": true,
	"narendra modi": true, "droupadi murmu": true, "ratan tata": true, "mukesh ambani": true, "gautam adani": true,
	"dhirubhai ambani": true, "narayana murthy": true, "mamata banerjee": true, "arvind kejriwal": true,
}

// roleCue reports a cue of nameCue that is a role's word before the name
// ("\"customer\" before"): it makes a public figure's name someone's own,
// as a strong cue does ("customer Virat Kohli", "Dear …", "My name is …").
func roleCue(cue string) bool {
	const tail = `" before`
	if len(cue) < len(tail)+2 || cue[0] != '"' || cue[len(cue)-len(tail):] != tail {
		return false
	}
	return lowerRoleSet[cue[1:len(cue)-len(tail)]]
}

// publicFigureAt reports whether the name [i, end), its letters
// lower-cased, its dots dropped ("A.P.J." reads "apj") and its spaces
// read as one, is one of publicFigures. It does not allocate.
func (w *window) publicFigureAt(i, end int) bool {
	if end-i > 40 || end > len(w.buf) {
		return false
	}
	var buf [40]byte
	n := 0
	for _, c := range w.buf[i:end] {
		switch {
		case isASCIILetter(c):
			buf[n] = c | 0x20
			n++
		case c == ' ' && n > 0 && buf[n-1] != ' ':
			buf[n] = ' '
			n++
		}
	}
	return publicFigures[string(buf[:n])]
}

// ritualWords are a temple's rites and offerings, in lower case after a
// word that is a given name too: "Mangala aarti", "Abhishek pooja",
// "Kumkum archana".
var ritualWords = map[string]bool{
	"aarti": true, "arti": true, "aarati": true, "pooja": true, "puja": true, "abhishekam": true, "archana": true,
	"homa": true, "havan": true, "seva": true, "darshan": true, "bhog": true, "vrat": true, "path": true,
}

// ritualAfter reports a word of ritualWords, in lower case, one space
// after e, that no word in lower case follows, as a temple's list of
// rites and times writes it.
func (w *window) ritualAfter(e int) bool {
	if w.byteAt(e) != ' ' || !isLowerByte(w.byteAt(e+1)) {
		return false
	}
	n := w.wordOfSetAt(e+1, ritualWords)
	a := e + 1 + n
	return n > 0 && !(w.byteAt(a) == ' ' && isLowerByte(w.byteAt(a+1))) // not "Rahul pooja karega": a sentence goes on
}

// strongCueBefore reports a strong cue of nameCues (a relative's, a
// greeting's) one space before i: "father Nabam …", "Dear Kyrshan …".
func (w *window) strongCueBefore(i int) bool {
	if w.byteAt(i-1) != ' ' {
		return false
	}
	var buf [16]byte
	word, _ := wordBefore(w, i-1, buf[:])
	strong, ok := nameCues[string(word)]
	return ok && strong
}

// arabicParticles join the parts of an Arab name, as Gulf employers'
// and sponsors' names are written: "Yousef Ahmed Al Balushi", "Salim bin
// Rashid".
var arabicParticles = map[string]bool{"al": true, "bin": true, "bint": true, "ibn": true}

// nameEndsAt reports what ends a person's name at q: a comma, a
// bracket, a line's end, the input's end, or a relation's mark ("s/o").
func (w *window) nameEndsAt(q int) bool {
	switch b := w.byteAt(q); b {
	case ',', '\n', '\r', ')', ';':
		return true
	case -1:
		return q >= len(w.buf) && w.atEOF
	case ' ':
		c := w.byteAt(q + 1)
		return c == '(' || c == '-' && w.byteAt(q+2) == ' ' || c == '|' || relationMarkAt(w, q+1) || c == 's' && w.byteAt(q+2) == 'o' && w.byteAt(q+3) == 'n' && w.byteAt(q+4) == ' '
	}
	return false
}

// plainGivenAt reports a space at q, then a capitalised given name that
// is no everyday word.
func (w *window) plainGivenAt(q int) bool {
	if w.byteAt(q) != ' ' || !isUpperByte(w.byteAt(q+1)) {
		return false
	}
	var buf [24]byte
	word, ok := w.wordAt(q+1, buf[:])
	return ok && names.Given(string(word)) && !names.Ambiguous(string(word))
}

// mayOpenUnknownGiven is the main loop's test of the capitalised ASCII
// word [i, j) of buf that the gazetteer does not know: whether a family
// name follows it that freeName must read ("Kevizo Hazarika"), or buf
// ends too soon to tell.
func mayOpenUnknownGiven(buf []byte, i, j int, atEOF bool) bool {
	if j-i < 3 || j-i > 16 || j >= len(buf) || buf[j] != ' ' || !isLowerByte(int(buf[i+1])) {
		return false
	}
	p := j + 1
	if p+3 >= len(buf) && !atEOF {
		return true // too little to tell an initial from a family name: candidate asks again
	}
	if teluguFamilyShape(buf[i:j]) && isUpperByte(int(buf[p])) {
		return true // "Kodavatiganti Sravani …": freeName asks for a given name after it
	}
	if p+3 < len(buf) && isUpperByte(int(buf[p])) && (buf[p+1] == ' ' || buf[p+1] == '.' && buf[p+2] == ' ') {
		p += 2 // a middle initial: "Clarissa R Pereira", "Clarissa R. Pereira"
		if buf[p-1] == '.' {
			p++
		}
	}
	if p >= len(buf) || !isUpperByte(int(buf[p])) {
		return p >= len(buf) && !atEOF
	}
	k := p + 1
	for k < len(buf) && isASCIILetter(buf[k]) {
		k++
	}
	if k == len(buf) && !atEOF {
		return true
	}
	return k-p >= 4 && names.MaybeName(buf[p:k]) && names.Surname(string(buf[p:k]))
}
