package redact

import (
	"bytes"
	"sync"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/internal/names"
	"github.com/kavachpii/kavach/validators"
)

// Names in the Indian scripts are read without a label where a cue says
// a person is named: an honorific before the name ("श्री रमेश चंद्र
// गुप्ता", "শ্রীমতী রুমা বিশ্বাস", "திரு. செந்தில் குமார்"); or, after a
// given name, a word that follows only people: "जी", "पुत्र" (son of),
// "ने" (the subject's mark), or "पुत्र" before it. Either way a name the
// gazetteer knows must follow the first word: an honorific also opens a
// shop's or a temple's name ("श्री अंबिका ट्रेडर्स", Shri Ambika Traders)
// and a prayer ("श्री गणेशाय नमः"). The
// gazetteer's lists are in Latin letters; names.ScriptName looks a word
// up by the skeleton its spellings share. Without a cue, two such words
// prove little in a script's prose: skeletons are coarse, and "जाति
// प्रमाण पत्र" (caste certificate) reads as two names.

// godlyTitles are the honorifics of scriptHonorifics that gods, temples
// and scriptures take as well as people: Shri in each script.
var godlyTitles = map[string]bool{
	"श्री": true, "শ্রী": true, "ஸ்ரீ": true, "திரு": true, "శ్రీ": true, "ಶ್ರೀ": true, "ശ്രീ": true, "શ્રી": true,
	"ਸ੍ਰੀ": true, "ਸ਼੍ਰੀ": true, "ଶ୍ରୀ": true, "श्रीमान": true, "श्रीयुत": true, "स्व": true,
}

// titlesThatAreNames are the honorifics of scriptHonorifics that are
// given names too: Tamil's Selvi (Miss) is one of the state's commonest,
// and a record's "செல்வி முருகேசன்" may be either; masked with the name,
// the title costs nothing and the name is never left half shown.
var titlesThatAreNames = map[string]bool{"செல்வி": true}

// scriptHonorifics open a name in the Indian scripts: Shri, Shrimati,
// Kumari, Dr and their kin in each script.
// The value is whether the honorific needs its dot: a short form that is
// also a syllable ("ಡಾ", Kannada's "da" of "Tristan da Cunha") is one only
// abbreviated, "ಡಾ.".
var scriptHonorifics = map[string]bool{
	"श्री": false, "श्रीमती": false, "सुश्री": false, "कुमारी": false, "श्रीमान": false, "डॉ": false, "डा": true, "स्व": true, "सौ": true, "श्रीयुत": false,
	"चि": true, "ચિ": true, // a wedding card's groom and bride: "चि. अमित", "ચિ. પાર્થ ત્રિવેદી"
	"শ্রী": false, "শ্রীমতী": false, "শ্রীমান": false, "ডাঃ": false, "ডা": true, "কুমারী": false,
	"திரு": false, "திருமதி": false, "செல்வி": false, "டாக்டர்": false, "ஸ்ரீ": false,
	"శ్రీ": false, "శ్రీమతి": false, "డాక్టర్": false, "కుమారి": false, "డా": true,
	"ಶ್ರೀ": false, "ಶ್ರೀಮತಿ": false, "ಡಾ": true, "ಕುಮಾರಿ": false,
	"ശ്രീ": false, "ശ്രീമതി": false, "ഡോ": true, "കുമാരി": false,
	"શ્રી": false, "શ્રીમતી": false, "ડૉ": true, "કુમારી": false,
	"ਸ੍ਰੀ": false, "ਸ਼੍ਰੀ": false, "ਸ਼੍ਰੀਮਤੀ": false, "ਸ੍ਰੀਮਤੀ": false, "ਡਾ": true,
	"ଶ୍ରୀ": false, "ଶ୍ରୀମତୀ": false, "ଡା": true, "କୁମାରୀ": false,
	// The late: "स्वर्गीय रामनाथ", "ସ୍ୱର୍ଗତ ଅଶୋକ ମହାପାତ୍ର", "പരേതനായ ബിജു വർഗീസ്"
	"स्वर्गीय": false, "স্বর্গীয়": false, "ସ୍ୱର୍ଗତ": false, "ସ୍ୱର୍ଗୀୟ": false, "ਸਵਰਗੀ": false, "સ્વર્ગસ્થ": false,
	"പരേതനായ": false, "പരേതയായ": false, "ದಿವಂಗತ": false, "దివంగత": false,
}

// scriptNameEnds follow a name and nothing else: "जी" (a respectful
// suffix), "पुत्र" and its kin (son, daughter, wife of), "ने" (Hindi's
// mark of the subject of a past deed).
var scriptNameEnds = map[string]bool{
	"जी": true, "ने": true, "पुत्र": true, "पुत्री": true, "पत्नी": true, "सुपुत्र": true, "सुपुत्री": true, "आत्मज": true, "आत्मजा": true,
	"পুত্র": true, "কন্যা": true, "স্ত্রী": true, "বাবু": true,
	"ಬಿನ್": true, "ಕೋಂ": true, "ಪುತ್ರ": true, "ಪತ್ನಿ": true, "மகன்": true, "மகள்": true, "மனைவி": true,
	"కుమారుడు": true, "కుమార్తె": true, "భార్య": true, "മകൻ": true, "മകൾ": true, "ഭാര്യ": true,
	"પુત્ર": true, "પુત્રી": true, "પત્ની": true, "ਪੁੱਤਰ": true, "ਪੁੱਤਰੀ": true, "ਪਤਨੀ": true,
	"ପୁତ୍ର": true, "ପୁତ୍ରୀ": true, "ପତ୍ନୀ": true,
	"அவர்கள்": true, "గారు": true, "ಅವರು": true, "ജി": true,
	// The respectful pronoun's other cases after a name: "ಸಹನಾ ಕಾಮತ್ ಅವರ
	// ಸಿಸಿಟಿವಿ" (Sahana Kamath's CCTV), "వెంకట రమణ గారికి" (to Venkata
	// Ramana), "विक्னेஷ் ராமன் அவர்களின்", Marathi's "यांचा", "यांनाही".
	"ಅವರ": true, "ಅವರಿಗೆ": true, "ಅವರನ್ನು": true, "ಅವರಿಂದ": true,
	"గారి": true, "గారికి": true, "గారిని": true,
	"அவர்களின்": true, "அவர்களுக்கு": true, "அவர்களை": true,
	"यांचा": true, "यांची": true, "यांचे": true, "यांच्या": true, "यांना": true, "यांनी": true, "यांनाही": true,
	"यांच्याशी": true, "यांच्याकडे": true, "यांच्याकडून": true, "यांस": true, // with, to and from him: "संदीप शिंदे यांच्याशी संपर्क"
	"ਜੀ": true, "જી": true, "ଜୀ": true, // "ਮਨਪ੍ਰੀਤ ਸੰਧੂ ਜੀ,": Ji, as "जी"
}

// indiasNames are India's name in the scripts, whose skeleton Bharat's
// shares (the name is "भरत"): "भारत सरकार" (the Government of India) is
// no name, even where a family name's skeleton follows.
var indiasNames = map[string]bool{
	"भारत": true, "ভারত": true, "ଭାରତ": true, "ਭਾਰਤ": true, "ભારત": true, "பாரத": true, "பாரத்": true, "భారత": true, "ಭಾರತ": true, "ഭാരത": true,
}

// scriptAddressTerms are the words of address of the scripts, a brother,
// a sister, sir and madam: no name's ("नमस्ते भैया,", "নমস্কার স্যার,",
// "నమస్కారం అండి"), and the first word of many a chat's message (see
// messageOpeners).
var scriptAddressTerms = []string{
	"भैया", "भाई", "दीदी", "सर", "मैडम", "साहब", "স্যার", "দাদা", "দিদি", "అండి", "సార్", "ஐயா", "சார்", "ಸರ್", "സർ", "ਸਰ", "સાહેબ",
}

// maxSenderLookBack bounds how far back senderLineBefore looks: within
// what a stream keeps (histCap).
const maxSenderLookBack = 256

// senderLineBefore reports an earlier line, within maxSenderLookBack
// bytes, that opens with the same words [start, after) and a colon: a
// chat's sender writes again ("মৌমিতা ঘোষ: …\n…\nমৌমিতা ঘোষ: রসিদ …"), where
// a form's label seldom stands twice so close.
func (w *window) senderLineBefore(start, after int) bool {
	n := after - start
	if n <= 0 || n > 64 {
		return false
	}
	for q := start - 2; q >= start-maxSenderLookBack; q-- {
		opens := w.base+int64(q+1) == 0 // the input's first line
		if b := w.byteAt(q); b != '\n' && !opens {
			if b < 0 {
				return false
			}
			continue
		}
		if q+1+n < start && w.byteAt(q+1+n) == ':' {
			same := true
			for k := 0; k < n && same; k++ {
				same = w.byteAt(q+1+k) == w.byteAt(start+k)
			}
			if same {
				return true
			}
		}
		if opens {
			return false
		}
	}
	return false
}

// messageOpeners are words that open a chat's message, and seldom a
// form's value: a word of address, "I" and "my", yes, okay and thanks,
// and the greetings (see scriptGreetings).
var messageOpeners = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"ਵੀਰ", "ਭਾਜੀ", "ભાઈ", "બેન", "ସାର୍", "ଭାଇ", "அண்ணா", "அக்கா", "అన్నా", "ಅಣ್ಣಾ", "ಅಕ್ಕ", "ചേട്ടാ", "ചേച്ചി", // kin as called
		"मेरा", "मेरी", "मेरे", "माझा", "माझी", "माझे", "আমার", "আমি", "ਮੇਰਾ", "ਮੇਰੀ", "ਮੇਰੇ", "મારો", "મારી", "મારું", "ମୋର", // my
		"என்", "என்னுடைய", "నా", "ನನ್ನ", "എന്റെ",
		"हाँ", "हां", "जी", "ठीक", "हो", "হ্যাঁ", "ঠিক", "ਹਾਂ", "ਜੀ", "ਠੀਕ", "હા", "ହଁ", "ଠିକ", "சரி", "ஆமா", "అవును", "సరే", "ಹೌದು", "ಸರಿ", "ശരി", "അതെ", // yes, okay
		"ಧನ್ಯವಾದ", // thanks, besides scriptThanksWords
	} {
		m[w] = true
	}
	for _, w := range scriptAddressTerms {
		m[w] = true
	}
	for w := range scriptThanksWords {
		m[w] = true
	}
	for _, w := range scriptSelfWords {
		m[w] = true
	}
	for _, w := range scriptGreetings {
		m[w] = true
	}
	return m
}()

// messageOpensAt reports one of messageOpeners at p.
func (w *window) messageOpensAt(p int) bool {
	if w.byteAt(p) != 0xE0 {
		return false
	}
	sw, ok := w.scriptWordAt(p)
	return ok && messageOpeners[string(w.buf[sw.start:sw.end])]
}

// everydayNameCuedAt reports what makes [start, after) a name where its
// given name is an everyday word too ("पूजा", worship; "সৌরভ",
// fragrance): a word for a name, a label or a greeting before it, a
// statement's "I"; or a word of respect or a postposition after it
// ("पूजा अग्रवाल जी,", "पूजा यादव का …"). A role's word will not do:
// "मतदाता सूचना पर्ची" (voter information slip).
func (w *window) everydayNameCuedAt(start, after int) bool {
	switch w.scriptCueBefore(start) {
	case cueNameWord, cueGreeting, cueSelf:
		return true
	case cueLabel:
		// a label for a person ("देणगीदार: सागर कुलकर्णी", donor), not
		// any ("પ્રસંગ: લગ્ન જમણ", occasion: a wedding feast)
		k := w.columnGapStart(start) - 2
		switch w.scriptCueEndingAt(k) {
		case cueNameWord, cueRole, cueKin:
			return true
		}
		return false
	}
	return w.respectAfterAt(after) || w.scriptPostpositionAt(after)
}

// scriptRespectWords are the words of scriptNameEnds that follow a
// person's name out of respect, as "ji" does; the others join a
// relation ("पुत्र", son of), which a name alone before them does not
// make a person's.
var scriptRespectWords = map[string]bool{
	"जी": true, "ਜੀ": true, "જી": true, "ଜୀ": true, "ജി": true,
	"அவர்கள்": true, "அவர்களின்": true, "அவர்களுக்கு": true, "அவர்களை": true,
	"గారు": true, "గారి": true, "గారికి": true, "గారిని": true,
	"ಅವರು": true, "ಅವರ": true, "ಅವರಿಗೆ": true, "ಅವರನ್ನು": true, "ಅವರಿಂದ": true,
	"यांचा": true, "यांची": true, "यांचे": true, "यांच्या": true, "यांना": true, "यांनी": true, "यांनाही": true,
	"यांच्याशी": true, "यांच्याकडे": true, "यांच्याकडून": true, "यांस": true,
}

// respectedNotNames are words a given name's skeleton shares that stand
// before a word of respect as a relation or an office: "ਵੀਰ ਜੀ"
// (brother, as Punjabi addresses one; Veer), "राज्यपाल यांच्या आदेशानुसार"
// (by the Governor's order; Rajpal).
var respectedNotNames = map[string]bool{
	"ਵੀਰ": true, "ਵੀਰਾ": true, "राज्यपाल": true, "राष्ट्रपती": true, "राष्ट्रपति": true,
}

// respectAfterAt reports one of scriptRespectWords after the space at e.
func (w *window) respectAfterAt(e int) bool {
	if w.byteAt(e) != ' ' || w.byteAt(e+1) != 0xE0 {
		return false
	}
	next, ok := w.scriptWordAt(e + 1)
	return ok && scriptRespectWords[string(w.buf[next.start:next.end])]
}

// scriptDeityName reports a word of a script whose skeleton is one of
// deityNames': before "जी" it names a god as often as a person.
func scriptDeityName(word []byte) bool {
	var buf [64]byte
	k, ok := names.Skeleton(word, buf[:0])
	return ok && deitySkeletons()[string(k)]
}

// deitySkeletons are the skeletons of deityNames, in every written
// variant.
var deitySkeletons = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	var buf [64]byte
	for name := range deityNames {
		m[string(names.LatinSkeleton(name, buf[:0]))] = true
		names.LatinSkeletonVariants(name, func(v []byte) { m[string(v)] = true })
	}
	return m
})

// scoreScriptName is the score of a name read in an Indian script.
const scoreScriptName = scoreFullName

// scriptEverydayWords are everyday words of the scripts whose skeleton a
// given name shares: "का नाम दर्ज किया जाए" (let the name be recorded) is
// no "Dheeraj"; "मैं अपने" (I, my) opens no name, nor does a word of
// address ("भैया", brother; "স্যার", sir).
var scriptEverydayWords = map[string]bool{
	"दर्ज": true,
	"मैं":  true, "अपने": true, "अपना": true, "अपनी": true, // "मैं अपने पुत्र …": I, my
	"ਵਿੱਚ": true, "ਵਿਚ": true, // Punjabi's "in", whose skeleton Vaish's ("ai" as in "ਵਿ") shares
	"साइबर": true, "ठगी": true, // "साइबर ठगी से सावधान!" (beware of cyber fraud)
	// Words of prose whose skeletons names share, before a possessive:
	// "प्रति वर्ष का" (per year's), "भारी वर्षा की" (heavy rain's), "तेज गति
	// से", "तभी पीछे से".
	"प्रति": true, "वर्ष": true, "वर्षा": true, "भारी": true, "तेज": true, "गति": true, "तभी": true, "पीछे": true,
	"करके": true, "खड़ी": true,
	"প্রতি": true, "પ્રતિ": true, "ପ୍ରତି": true, // Bengali's, Gujarati's and Odia's "per", and a letter's "To,"
	// A copy's word, whose skeleton Partha's shares (see
	// notScriptNameWords): "सत्य प्रत" (a true copy).
	"प्रत": true,
	// A grocer's, whose skeleton Kiran's shares: "किराना स्टोर".
	"किराना": true, "किराणा": true, "কিরানা": true, "ಕಿರಾಣಿ": true, "కిరాణా": true, "கிராணா": true,
	// A road's and a seed's words, whose skeletons Bhat's and Vijay's
	// share (see notScriptNameWords): "गांधी पथ", "बीज वितरण".
	"पथ": true, "ପଥ": true, "ਪਥ": true, "પથ": true, "ಪಥ": true, "പഥ": true, "పథ": true,
	"बीज": true, "বীজ": true, "ਬੀਜ": true, "બીજ": true, "ಬೀಜ": true, "ବୀଜ": true, "బీజ": true,
	"वीज़ा": true, "वीज़ा": true, "वीजा": true, "ਵੀਜ਼ਾ": true, "ਵੀਜ਼ਾ": true, "ਵੀਜਾ": true, "વિઝા": true, "વીઝા": true, // a visa
	// A prayer heading a biodata or an invitation: "|| श्री गणेशाय नमः ||"
	"नमः": true, "નમઃ": true, "নমঃ": true, "ਨਮਃ": true, "ନମଃ": true,
	"ਅਰਦਾਸ": true, "अरदास": true, // a Sikh prayer ("ਅੰਤਿਮ ਅਰਦਾਸ"), whose skeleton Raksha's shares as Tamil writes it
	"में": true, "सूचना": true, // "सेवा में," (a letter's "To,"), "लोक सूचना अधिकारी" (public information officer)
	// A child's word signing a letter: "আপোনাৰ সন্তান" (your child).
	"সন্তান": true, "संतान": true, "सन्तान": true, "ସନ୍ତାନ": true, "સંતાન": true, "ਸੰਤਾਨ": true,
}

// scriptNoNameWords are the words of the scripts that are no name's,
// whatever their skeleton: scriptEverydayWords, the words of an address
// (scriptAddressWords: "ਪਿੰਡ", village, is no "Pind") and the role words
// (scriptRoleWords: "सचिव", secretary, is no "Sachiv").
var scriptNoNameWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range scriptEverydayWords {
		m[w] = true
	}
	for w := range indiasNames {
		m[w] = true
	}
	for _, w := range scriptAddressTerms {
		m[w] = true
	}
	for w := range scriptAddressWords {
		m[w] = true
	}
	for _, w := range scriptRoleWords {
		if scriptCueWords[w] == cueRole {
			m[w] = true
		}
	}
	for _, w := range scriptGreetings {
		m[w] = true // "प्रिय सुनीता देवी,": Dear, whose skeleton Priya's shares
	}
	delete(m, "പ്രിയ") // but Malayalam and Kannada write Priya so too
	delete(m, "ಪ್ರಿಯ")
	return m
}()

// scriptPostpositions are the possessives written apart from the noun
// before them: Hindi's and Marathi's, Punjabi's, Gujarati's, Bengali's
// "এর". A given name and a family name before one are a name: "परिवार में
// अनिल शर्मा का नाम", "ચિરાગ ત્રિવેદી ના લગ્ન". (Everyday words whose
// skeletons names share, "प्रति वर्ष का", are scriptEverydayWords.)
var scriptPostpositions = map[string]bool{
	"का": true, "की": true, "के": true,
	"च्या": true, "चा": true, "ची": true, "चे": true, "यांना": true, "यांच्या": true, // Marathi's genitive, written apart
	"ਦਾ": true, "ਦੀ": true, "ਦੇ": true, "ਨੂੰ": true, "ਨੇ": true,
	"નો": true, "ની": true, "નું": true, "ના": true, "ને": true, "પાસે": true,
	"এর": true, "কে": true, "ৰ": true, "ক": true, // Assamese's genitive and accusative, written apart
	"ന്റെ": true, "ଙ୍କ": true, "ଙ୍କର": true, "ଙ୍କୁ": true, // Malayalam's and Odia's genitive, written apart: "ബിന്ദു മേനോൻ ന്റെ വിലാസം", "ଆଶା ନାୟକ ଙ୍କ ବ୍ୟାଙ୍କ"
}

// scriptPlaceWords are the words of Indian places' and institutions'
// names, as their spellings in the scripts read (see notScriptNameWords).
var scriptPlaceWords = []string{
	"nagar", "nagari", "marg", "road", "rasta", "colony", "vihar", "puram", "pura", "pur", "palli", "halli",
	"ganj", "bazar", "bazaar", "chowk", "mandir", "masjid", "gurudwara", "bhavan", "bhawan", "sadan", "niwas",
	"enclave", "layout", "gali", "mohalla", "wadi", "pada", "peth", "pet", "tola", "basti", "gram", "gaon", "square", "skoyar",
	"kunj", "bagh", "maidan", "sthan", "chauraha", "setu", "sagar", "tal", "talav", "kund", "ghat", "kshetra",
	"vidyalaya", "mahavidyalaya", "vishwavidyalaya", "university", "school", "college", "hospital", "aspatal",
	"station", "junction", "zila", "jila", "tehsil", "taluka", "mandal", "block", "ward", "sector", "society",
	"apartment", "towers", "residency", "park", "garden", "street", "lane", "salai", "veedhi", "theru",
	"arji", "arzi", "avedan", "aavedan", "prapatra", "yojana", // a form's title: "ಸೇವಾ ಸಿಂಧು ಅರ್ಜಿ" (application)
	"club", "klab", "bhajan", "lagna", // a team's, a programme's or a menu's name: "बजरंग क्लब", "भजन संध्या", "લગ્ન જમણ"
}

// scriptPlaceSkeletons are scriptPlaceWords' skeletons, with which
// placeWordAfter tells a place named for a person ("মহম্মদ আলি পার্ক").
var scriptPlaceSkeletons = func() map[string]bool {
	m := map[string]bool{}
	var buf [64]byte
	for _, w := range scriptPlaceWords {
		m[string(names.LatinSkeleton(w, buf[:0]))] = true
	}
	for _, k := range familyOverPlace {
		delete(m, k)
	}
	return m
}()

// familyOverPlace are skeletons that a place's word shares with a family
// name far more common in the scripts than the word: "वर्मा" (Verma) with
// "pharma" and "puram", "പിള്ള" (Pillai) with "palli", "ਗਿੱਲ" (Gill) with "gali",
// "মণ্ডল" (Mondal) with "mandal", "മേനോൻ" (Menon) with "main". The family
// name wins (see notScriptNameWords).
var familyOverPlace = []string{"prm", "pli", "men", "kli", "mntl"}

// notScriptNameWords are the skeletons of the words that, after a name,
// make it a place or a business: the Latin notPersonWords and the words
// of Indian place names, as their spellings in the scripts read.
var notScriptNameWords = func() map[string]bool {
	m := map[string]bool{}
	var buf [64]byte
	add := func(w string) {
		if k := names.LatinSkeleton(w, buf[:0]); len(k) >= 2 {
			m[string(k)] = true
		}
	}
	for w := range notPersonWords {
		add(w)
	}
	for _, w := range scriptPlaceWords {
		add(w)
	}
	// Skeletons are coarse: a few of these words share theirs with family
	// names far more common in the scripts (see familyOverPlace). The
	// family name wins; but in Devanagari "मंडळ", "मंडल" is a society's or
	// an office's word ("गणेशोत्सव मंडळ") as often (see scriptWordAt).
	for _, k := range familyOverPlace {
		delete(m, k)
	}
	// "ભટ્ટ", "ಭಟ್" (Bhatt, Bhat) share "pt" with "pvt" and "path", and
	// "विजय" (Vijay) shares "pij" with "beej" (seed): the names win, and
	// the scripts' own words for a road and a seed are scriptEverydayWords.
	delete(m, "pt")
	delete(m, "pij")
	delete(m, "prt")  // "পার্থ" (Partha), whose skeleton "award" shares
	delete(m, "kirn") // "किरण" (Kiran), whose skeleton "kirana" (a grocer's) shares
	return m
}()

// scriptNameWord is a word of an Indian script at [start, end) and what
// the gazetteer says of it.
type scriptNameWord struct {
	start, end     int
	given, family  bool
	shortFamily    bool // a family name of two letters' skeleton (see names.ShortFamily)
	shortGiven     bool // a given name of three characters or more but a skeleton of one or two letters (see names.ShortGiven)
	ambiguous      bool // a given name that is an everyday word too (see names.AmbiguousGiven)
	notName, known bool
	stop           bool // a little word of a sentence: "है", "का", "और"
	idWord         bool // a word for an identifier: "आधार", "ఓటరు" (see idWordAt)
}

// scriptWordAt reads the word of an Indian script at p: its end (see
// skipIndicLetters), and whether a stream must show more of it first
// (w.short set).
func (w *window) scriptWordAt(p int) (sw scriptNameWord, ok bool) {
	q := skipIndicLetters(w.buf, p)
	if q+2 >= len(w.buf) && !w.atEOF {
		w.short = true // the word, or the character after it, may go on
		return sw, false
	}
	for q-p > 3 && w.dandaAt(q-3) {
		q -= 3 // "ਮਨਦੀਪ ਗਰੇਵਾਲ ਜੀ।": the sentence's end, Devanagari's danda in every script, is no letter of the word
	}
	if q == p {
		return sw, false
	}
	word := w.buf[p:q]
	sw = scriptNameWord{start: p, end: q}
	var buf [64]byte
	if k, ok := names.Skeleton(word, buf[:0]); ok {
		sw.given, sw.family = names.SkeletonName(k)
		if !sw.given && !sw.family && word[1]&^1 == 0xAE { // Tamil, U+0B80–U+0BFF
			var vb [64]byte
			if v, ok := names.TamilClusterVariant(k, vb[:0]); ok {
				sw.given, sw.family = names.SkeletonName(v) // "பிரியா" (Priya)
			}
		}
		if !sw.given && !sw.family && word[1]&^1 == 0xA6 { // Bengali and Assamese, U+0980–U+09FF
			var vb [64]byte
			if v, ok := names.YaPhalaVariant(word, vb[:0]); ok {
				sw.given, sw.family = names.SkeletonName(v) // "চ্যাটার্জী" (Chatterjee)
			}
		}
		if !sw.given && !sw.family {
			sw.given = gujaratiKinGiven(word) // "મહેશભાઈ" (Maheshbhai), "નીતાબેન" (Nitaben)
		}
		sw.shortFamily = names.ShortFamily(k) || scriptDuttas[string(word)]
		sw.shortGiven = len(word) >= minShortGivenBytes && !sw.given && !sw.family && names.ShortGiven(k) && !shortEverydayWords[string(word)] && // "अजय" (Ajay), not "आज" (today)
			scriptCueWords[string(word)] == cueNone && !scriptNameEnds[string(word)] // nor "আমি" (I), "ಅವರ" (his)
		sw.ambiguous = names.AmbiguousGiven(k)
		sw.notName = notScriptNameWords[string(k)] || string(k) == "mntl" && word[1] <= 0xA5 // "गणेशोत्सव मंडळ": Devanagari's mandal (see notScriptNameWords)
	}
	if e, ok := dictionary[string(word)]; ok && (e.pos != 0 || e.neg || e.stop) {
		sw.notName = true // a context word: "नाम", "मोबाइल"
		sw.stop = e.stop
		sw.idWord = e.pos != 0
	}
	if scriptNoNameWords[string(word)] {
		sw.notName = true
	}
	sw.known = (sw.given || sw.family) && !sw.notName
	return sw, true
}

// scriptName reads a name in an Indian script at i, where a word of one
// starts, and returns where scanning goes on: past the name, past the
// word, or i when a stream must show more first.
func (r *Redactor) scriptName(w *window, i int, out *[]match) int {
	if b := w.byteAt(i - 1); b >= 0x80 || isAlnumByte(b) {
		return skipIndicLetters(w.buf, i) // within a word
	}
	first, ok := w.scriptWordAt(i)
	if !ok {
		return i
	}
	skip := max(first.end, i+1)
	start := i
	initials := 0
	for initials < 2 && first.end-first.start <= maxScriptInitial {
		// "ಕೆ. ಎಸ್. ಪ್ರಕಾಶ್": initials, a syllable and a dot each, before
		// the name they belong to
		d := first.end + w.joinerAt(first.end)
		if _, title := scriptHonorifics[string(w.buf[first.start:first.end])]; title || w.byteAt(d) != '.' || w.byteAt(d+1) != ' ' || w.byteAt(d+2) != 0xE0 {
			break // "ಡಾ. ರಾಜೇಶ್": a title, read below
		}
		next, ok := w.scriptWordAt(d + 2)
		if !ok {
			if w.short {
				return i
			}
			return skip
		}
		first, initials = next, initials+1
	}
	dotted, honorific := scriptHonorifics[string(w.buf[first.start:first.end])]
	godlyTitle := honorific && godlyTitles[string(w.buf[first.start:first.end])]
	if honorific && initials > 0 {
		return skip
	}
	shortFirst := false    // a given name of a short skeleton, read only before a family name
	everydayFirst := false // a given name an everyday word shares, read only before a family name and after a cue
	if !honorific && initials == 0 && first.shortGiven && !first.notName {
		// "अजय गोखले", "ममता चौहान": a given name whose skeleton is too
		// short to read alone, before a family name
		fam, ok := w.familyNameAfter(first.end)
		if !ok {
			return i
		}
		first.given, first.known, shortFirst = fam, fam, fam
	}
	if !honorific && initials == 0 && first.given && first.notName && !first.stop && !first.idWord && len(w.buf[first.start:first.end]) >= minShortGivenBytes+3 &&
		!indiasNames[string(w.buf[first.start:first.end])] {
		// "पूजा यादव", "সৌরভ বন্দ্যোপাধ্যায়": a given name an everyday
		// word shares (worship, fragrance), before a known family name
		fam, ok := w.familyNameAfter(first.end)
		if !ok {
			return i
		}
		if fam {
			first.notName, first.known, shortFirst, everydayFirst = false, true, true, true
		}
	}
	if honorific {
		// "श्री रमेश", "डॉ. अनिता": the name starts after the title.
		titleStart, titleNamed := first.start, titlesThatAreNames[string(w.buf[first.start:first.end])] && !dotted && w.byteAt(first.end) == ' '
		p := first.end
		if w.byteAt(p) == '.' {
			p++
		} else if dotted {
			return skip
		}
		if w.byteAt(p) != ' ' || w.byteAt(p+1) != 0xE0 {
			return skip
		}
		if first, ok = w.scriptWordAt(p + 1); !ok {
			if w.short {
				return i
			}
			return skip
		}
		if _, again := scriptHonorifics[string(w.buf[first.start:first.end])]; again || scriptNameEnds[string(w.buf[first.start:first.end])] {
			return skip
		}
		if first.notName {
			// "श्री सागर भोसले": a given name a place's or an everyday
			// word shares (sea, Sagar), which a known family name after
			// it makes a name's; not "श्री राम मंदिर", "श्री गणेश मंडळ".
			if first.stop || first.idWord {
				return skip
			}
			fam, ok := w.familyNameAfter(first.end)
			if !ok {
				return i
			}
			if !fam {
				return skip
			}
			first.notName, first.known = false, true
		}
		start = first.start
		if titleNamed {
			start = titleStart // "பெயர்: செல்வி முருகேசன்": Selvi, a given name too, with the father's after it
		}
	} else if familyFirst := first.family && first.known && !first.given && initials == 0 && isTelugu(w.buf[first.start:first.end]); (!first.given || !first.known) && !(first.ambiguous && !first.notName) && !familyFirst {
		return skip
	} else if familyFirst {
		// "కొండపల్లి శ్రీనివాస రావు": the family name first, as Telugu
		// names are written; a given name must follow, one no everyday
		// word shares. (Other scripts' words share too many skeletons
		// with family names to read them so: "मंत्री", "बेटी".)
		sp := first.end + w.joinerAt(first.end)
		if w.byteAt(sp) != ' ' || w.byteAt(sp+1) != 0xE0 {
			return skip
		}
		next, ok := w.scriptWordAt(sp + 1)
		if !ok {
			if w.short {
				return i
			}
			return skip
		}
		if !next.given || !next.known || next.ambiguous {
			return skip
		}
	} else if initials == 0 && latinTitleBefore(w, start) {
		honorific = true // "the owner, Mrs. மீனா வெங்கடேசன்": an English title before a name in a script
	}
	end, words := first.end, 1+initials
	family := initials > 0 // the last word is a known family name, or a given name after initials
	lastGiven := false     // the last word is a known given name: a father's, as Tamil names take one ("முருகேசன் செல்வராஜ்")
	for words < maxNameWords {
		sp := end + w.joinerAt(end) // "முருகேசன்‌ செல்வராஜ்": OCR and some keyboards leave a non-joiner after a virama
		if w.byteAt(sp) != ' ' || w.byteAt(sp+1) != 0xE0 {
			break
		}
		next, ok := w.scriptWordAt(sp + 1)
		if !ok {
			if w.short {
				return i
			}
			break
		}
		if next.shortFamily && !next.known && (!next.notName || words == 1 && w.lineAlone(start, next.end)) && (w.byteAt(next.end) != ' ' || w.scriptNameEndAt(next.end) || w.itemEndAt(next.end) || w.rareGenitiveAt(next.end) ||
			words == 1 && (w.numberedItemAt(start) || roleOrKinCue(w.scriptCueBefore(start)) || w.scriptCueBefore(start) == cueNameWord) && !labelWordIn(w.buf[next.start:next.end]) && !w.placeWordAfter(next.end)) {
			// "ರಾಘವೇಂದ್ರ ಭಟ್": a short family name, last (alone on its
			// line, even one whose skeleton a place's word shares), or
			// before a word that ends a name ("गणेश पवार यांनाही"), or
			// after a given name opening a numbered item ("6. রুমকি দাস
			// কনে …") or after a word for a name ("મારું નામ નીરવ શાહ છે")
			end, words, family = next.end, words+1, true
			break
		}
		if next.notName && !next.stop && !(next.idWord && words >= 2) && !honorific {
			return skip // "शिवाजी नगर": a place; "राकेश शर्मा है" goes on to its end; "सुनीता देवी आधार …" ends before its identifier's word
		}
		if !next.known && !next.notName && !next.stop && !scriptNameEnds[string(w.buf[next.start:next.end])] &&
			w.scriptClauseEndAt(next.end) && w.scriptCueBefore(start) == cueNameWord {
			// "என் பெயர் கார்த்திக் முருகன், …": after a word for a name,
			// the words up to the clause's end are the name's
			end, words, family = next.end, words+1, true
			break
		}
		if !next.known || next.notName || scriptNameEnds[string(w.buf[next.start:next.end])] {
			break
		}
		end, words, family, lastGiven = next.end, words+1, next.family, next.given && !next.ambiguous
	}
	if shortFirst && (words < 2 || !family) {
		return skip // "ಅವರ ಪತ್ನಿ" (his wife): a relation's word, no family name, after it
	}
	if first.ambiguous && !first.known && !honorific && (words < 2 || !family) && !(words == 1 && w.scriptCueBefore(start) == cueNameWord && (w.scriptClauseEndAt(end) || w.scriptNameEndAt(end))) {
		// "लक्ष्मी पूजा": an everyday word's given name is a name only
		// before a family name ("ಲಕ್ಷ್ಮೀ ಗೌಡ"), or alone after a word for
		// a name, to the clause's end ("என் பெயர் முருகன்.")
		if w.short {
			return i
		}
		return skip
	}
	after := end + w.joinerAt(end) // what follows the name, past a non-joiner after its last virama
	if everydayFirst && !w.everydayNameCuedAt(start, after) {
		// "भारत सरकार", "सूचना पर्ची": an everyday word and a word a family
		// name's skeleton shares make no name on their own
		if w.short {
			return i
		}
		return skip
	}
	if cue := w.scriptCueBefore(start); !honorific && cue == cueNameWord {
		// "मेरा नाम राकेश है": after a word for a name, a known given name will do
	} else if !honorific && cue == cueGreeting && !first.ambiguous && w.greetedEndAt(after) {
		// "प्रिय पूजा,", "ಸ್ವಾಗತ ಪೂರ್ಣಿಮಾ ಗೌಡ!": a greeting, the name and its comma
	} else if words == 1 && !first.ambiguous && (cue == cueRelation || w.scriptRelationAt(end) && !(w.byteAt(start-1) == ' ' && w.byteAt(start-2) == '-')) {
		// "ನಂಜುಂಡಪ್ಪ ಬಿನ್ ಕೆಂಪೇಗೌಡ", "गौरम्मा पत्नी …": a relation's word
		// joins two people, each of one known given name, as records
		// written in the scripts name them (but "ജോൺ - യുടെ മകൻ": a
		// genitive's ending after a dash)
	} else if w.byteAt(end) == ':' && w.chatStampBefore(start) && (words >= 2 || !first.ambiguous) {
		// "[11:30] సుజాత: నమస్తే", "05/03/2026, 9:24 pm - ഗോപിക പിള്ള:": a
		// chat export's sender, after its time stamp
	} else if words >= 2 && family && !first.ambiguous && w.chatSenderAt(start, after) && !labelWordIn(w.buf[start:end]) {
		// "রুমা চক্রবর্তী: কাল সকাল …", "[শেফালি সেন]: দাদু, …": a chat's
		// sender, a given name and a family name, opening the line (or a
		// bracket after its time stamp) before a colon
	} else if words >= 2 && family && !first.ambiguous && initials == 0 && cue == cueNone && w.lineOpensAt(start) && w.byteAt(after) == ':' && w.byteAt(after+1) == ' ' && (w.messageOpensAt(after+2) || w.senderLineBefore(start, after)) && !labelWordIn(w.buf[start:end]) {
		// "মৌমিতা ঘোষ: দাদা, এবারের …": a chat's sender, a given name and
		// a family name opening the line, a colon, then a message's first
		// word (a label's value is seldom one: "ভর্তি ফি: ৫০০ টাকা")
	} else if words >= 2 && family && !first.ambiguous && initials == 0 && cue == cueNone && w.lineOpensAt(start) && w.base+int64(start) != 0 && w.rowFieldAt(w.fieldAfterSeparator(after)) && !labelWordIn(w.buf[start:end]) {
		// "ଦେବାଶିଷ ପଣ୍ଡା | ଆଧାର …", "ಪುಷ್ಪಾ ರಾವ್ — ABHA …": a register's row that
		// opens with a full name, its next field after a bar or a dash (see
		// rowFieldAt); not a text's title ("অসম চৰকাৰ — অৰুণোদয় আঁচনি")
	} else if words >= 2 && family && !first.ambiguous && cue == cueNone && w.lineOpensAt(start) && w.byteAt(after) == ',' && w.byteAt(after+1) == ' ' {
		// "സൗമ്യ മേനോൻ, നിങ്ങളുടെ വിസ …": a message that opens with
		// whom it addresses, a given name, a family name and a comma
	} else if cue == cueSignOff && !first.ambiguous && (words >= 2 && family || words == 1 && first.given && w.itemEndAt(after)) && w.signedEndAt(after) {
		// "— ਕਿਰਨਦੀਪ ਬਾਜਵਾ", "— पल्लवी जाधव, विमा सल्लागार": a message's
		// signature after a dash; "— प्राजक्ता": a given name alone, last
	} else if words >= 2 && family && !first.ambiguous && (w.scriptRoleInBracketsAt(after) || w.afterRoleInBrackets(start)) {
		// "ਗਗਨਦੀਪ ਗਰੇਵਾਲ (ਸਕੱਤਰ), ਮਨਪ੍ਰੀਤ ਬਰਾੜ, …": a full name, its role in
		// brackets, as minutes list who came; and the next item
	} else if words >= 2 && family && !first.ambiguous && w.byteAt(after) == ',' && w.byteAt(after+1) == ' ' && w.idWordAt(after+2) {
		// "ಟೋಕನ್ ಸಂಖ್ಯೆ 147 — ಮಂಜುನಾಥ ಗೌಡ, ಆಧಾರ್ ಸಂಖ್ಯೆ …": a full name, then
		// a comma and the word for its holder's identifier
	} else if words >= 2 && family && !first.ambiguous && initials == 0 && w.byteAt(start-1) == '(' && w.byteAt(after) == ')' && w.phoneBeforeBracket(start-1) {
		// "ফোন: ৭৮৯২০০৭৬৫০ (ଦେବାଶିଷ ମହାନ୍ତି)": a phone, then whose it is in
		// brackets
	} else if words >= 2 && family && !first.ambiguous && initials == 0 && latinCueBefore(w, start) {
		// "PFMS reject for ପ୍ରିୟଙ୍କା ସାହୁ (…)": a full name after an English
		// word that cues one, as mixed logs and messages write it
	} else if words >= 2 && family && !first.ambiguous && w.latinNameBeforeSlash(start) {
		// "Harpreet Kaur Sandhu / हरप्रीत कौर संधू": a bilingual form's name,
		// in Latin letters, then in the script
	} else if words >= 2 && family && !first.ambiguous && w.numberedItemAt(start) && !labelWordIn(w.buf[start:end]) && !w.placeWordAfter(after) {
		// "5. ইমরান হোসেন বর বন্ধু ৮৯১০৬ …": a numbered item that opens
		// with a full name, as a register's row does, whatever its next
		// field is; but not a label ("২. পিতার নাম:") or a place named
		// for a person ("3. মহম্মদ আলি পার্ক")
	} else if words >= 2 && family && !first.ambiguous && w.scriptPostpositionAt(after) {
		// "परिवार में अनिल शर्मा का नाम": a full name before a postposition
	} else if words >= 2 && family && !first.ambiguous && w.byteAt(after) == ' ' && w.phoneInBracketsAt(after+1) {
		// "মঞ্চৰ দায়িত্বত থাকিব ভাস্কৰ বৰা (91251 51832)": a full name,
		// its phone in brackets after it
	} else if !first.ambiguous && (words >= 2 && family || words == 1 && first.given && first.known) && w.signOffLineAt(start, after) ||
		initials > 0 && w.thanksLineAt(start, after) {
		// "அன்புடன், முருகன் கிருஷ்ணன்", "ਤੇਰੀ ਮਾਂ, ਹਰਲੀਨ ਕੌਰ": a letter's
		// closing words, a comma, and the full name that ends the line
	} else if words >= 2 && family && (cue == cueSelf || cue == cueRole || cue == cueKin && first.given && first.known && initials == 0 && w.byteAt(start-1) == ' ' && scriptCueWords[string(w.buf[first.start:first.end])] == cueNone ||
		(cue == cueLabel || cue == cueKin) && w.labelValueEndAt(after)) {
		// "मैं रमेश चन्द्र यादव …": a statement's "I", then its maker's
		// given name and family name; "ग्राहक निशा पंड्या …", after a role's word. "आवेदक: कमलेश तिवारी, मोबाइल …": a
		// label's value, a given name and a family name filling it. A given
		// name that is an everyday word too will do before a family name
		// there ("अध्यक्ष आशा शिंदे", "ಪೋಷಕರು ಪೂಜಾ ಕಾಮತ್").
	} else if words == 1 && initials == 0 && first.known && !first.ambiguous && w.respectAfterAt(after) && !scriptDeityName(w.buf[first.start:first.end]) &&
		scriptCueWords[string(w.buf[first.start:first.end])] == cueNone && !respectedNotNames[string(w.buf[first.start:first.end])] {
		// "सुनीता जी, आपका …", "వెంకటేష్ గారు, మీ బీమా …": a name alone,
		// then the word of respect that follows a person's name; but
		// "गणेश जी की आरती" names a god, and "ਵੀਰ ਜੀ" (brother) is a
		// relation's word.
	} else if honorific && !godlyTitle && words == 1 && initials == 0 && (first.known && first.given && !scriptDeityName(w.buf[first.start:first.end]) || first.ambiguous) &&
		(w.scriptClauseEndAt(after) || w.byteAt(after) == ' ' && w.byteAt(after+1) == 0xE0 && !w.placeWordAfter(after)) {
		// "श्रीमती सुनीता ने कहा", "திருமதி லட்சுமி வந்தார்": a title and a
		// given name alone; not Shri, which gods, temples and shops take
		// too ("श्री गणेश", "શ્રી અંબિકા ટ્રેડર્સ")
	} else if words < 2 || !honorific && !w.scriptNameEndAt(end) && cue != cueRelation && !((family || lastGiven && !first.ambiguous) && (w.lineAlone(start, end) || w.itemAlone(start, end) || w.columnAlone(start, end)) || family && words >= 3 && w.cellAlone(start, end)) {
		if w.short {
			return i
		}
		return skip
	}
	*out = append(*out, match{kind: kPerson, start: start, end: end, score: scoreScriptName, reason: "name in an Indian script"})
	return end
}

// scriptDuttas are Dutta as the scripts write it, one consonant doubled:
// its skeleton is one letter ("t"), too short for the gazetteer's, but
// the word is a family name's after a given name ("সুমন দত্ত").
var scriptDuttas = map[string]bool{
	"दत्त": true, "দত্ত": true, "ଦତ୍ତ": true, "ਦੱਤ": true, "દત્ત": true,
}

// minShortGivenBytes is the shortest word, in bytes, read as a given name
// of a short skeleton (see names.ShortGiven): three characters of a
// script. Everyday words of two ("आज", today; "जय", victory) share the
// skeletons.
const minShortGivenBytes = 9

// shortEverydayWords are everyday words of three characters or more
// whose skeletons a given name's short one shares (see names.ShortGiven),
// and which stand before a word a family name's skeleton shares: "जय
// दुर्गा" (hail Durga), "दान आयकर" (a donation's income tax), "ভাড়া
// বাড়ির" (the rented house's), "மாத வாடகை" (monthly rent), "ಪಾಸ್ ಕೌಂಟರ್"
// (the pass counter).
var shortEverydayWords = map[string]bool{
	"जय": true, "\u099c\u09af\u09bc": true, "\u099c\u09df": true, "ଜୟ": true, "જય": true, "ಜಯ": true, "జయ": true, "ജയ": true, // hail
	"दान": true, "দান": true, "ଦାନ": true, "દાન": true, "ਦਾਨ": true, // a donation
	"भाड़ा": true, "भाडा": true, "\u09ad\u09be\u09a1\u09bc\u09be": true, "\u09ad\u09be\u09dc\u09be": true, // rent
	"மாத": true, "மாதம்": true, // a month's
	"पास": true, "পাস": true, "ಪಾಸ್": true, "પાસ": true, "ਪਾਸ": true, "పాస్": true, "பாஸ்": true, // a pass
}

// familyNameAfter reports whether a known family name's word follows the
// word that ends at e, one space away; ok is false when a stream must
// show more first (w.short set).
func (w *window) familyNameAfter(e int) (family, ok bool) {
	sp := e + w.joinerAt(e)
	if w.byteAt(sp) != ' ' || w.byteAt(sp+1) != 0xE0 {
		return false, !w.short
	}
	next, found := w.scriptWordAt(sp + 1)
	if !found {
		return false, !w.short
	}
	return next.family && next.known && !next.ambiguous, true
}

// chatSenderAt reports the words [start, after) as a chat line's sender
// in brackets: "]:" after them, the bracket opening the line or following
// another's, a time stamp's ("[13/07/2025 সন্ধ্যা ৭:১২] [শেফালি সেন]: …").
// (A line that opens with two words and a colon is as often a form's
// label, "ভর্তি ফি: ৫০০ টাকা" (admission fee), whose words the
// gazetteer's skeletons may share with names; and labels come in runs of
// lines, as a chat's messages do.)
func (w *window) chatSenderAt(start, after int) bool {
	return w.byteAt(start-1) == '[' && w.byteAt(after) == ']' && w.byteAt(after+1) == ':' && w.bracketOpensSender(start-1)
}

// bracketOpensSender reports whether the '[' at k may open a chat
// sender's bracket: it opens the line, or follows a time stamp's "] ".
func (w *window) bracketOpensSender(k int) bool {
	return w.lineOpensAt(k) || w.byteAt(k-1) == ' ' && w.byteAt(k-2) == ']'
}

// roleOrKinCue reports a cue of a person's role or kin, after which a
// given name and a short family name are a name whatever follows:
// "ଡାକ୍ତର ସତ୍ୟଜିତ ଦାସ ଗୁରୁବାର ଦେଖିବେ" (doctor Satyajit Das sees on
// Thursday).
func roleOrKinCue(c scriptCue) bool { return c == cueRole || c == cueKin }

// isTelugu reports a word of the Telugu script (U+0C00–U+0C7F).
func isTelugu(word []byte) bool {
	return len(word) >= 3 && word[0] == 0xE0 && word[1]&^1 == 0xB0
}

// gujaratiKinGiven reports a Gujarati word (U+0A80–U+0AFF) that is a
// known given name with "ભાઈ" or "બેન" glued to it (see gujaratiKinStem).
func gujaratiKinGiven(word []byte) bool {
	if len(word) < 3 || word[1]&^1 != 0xAA {
		return false
	}
	stem := gujaratiKinStem(word)
	if len(stem) == 0 {
		return false
	}
	var buf [64]byte
	k, ok := names.Skeleton(stem, buf[:0])
	if !ok {
		return false
	}
	given, _ := names.SkeletonName(k)
	return given
}

// gujaratiKinStem returns the given name before "ભાઈ" (brother) or "બેન"
// (sister) glued to it, as Gujarati writes a man's and a woman's given
// name ("મહેશભાઈ", "નીતાબેન"), or nil.
func gujaratiKinStem(word []byte) []byte {
	for _, kin := range [...]string{"ભાઈ", "બેન", "બહેન"} {
		if len(word) > len(kin)+6 && string(word[len(word)-len(kin):]) == kin {
			return word[:len(word)-len(kin)]
		}
	}
	return nil
}

// scriptClauseEndAt reports the end of a clause at p, after a word that
// no danda ("।") ends: a comma, a full stop, a line's end, or the input's.
func (w *window) scriptClauseEndAt(p int) bool {
	if w.dandaAt(p - 3) {
		return false // "मेरा नाम राहुल है।": the sentence's end, read with its last word
	}
	switch b := w.byteAt(p); b {
	case ',', '.', '\n', '\r':
		return true
	case -1:
		return w.atEOF && p >= len(w.buf)
	}
	return false
}

// joinerAt returns the length of a zero-width non-joiner or joiner at p,
// which Kannada and Malayalam keyboards leave after a virama ("ಭಟ್‌",
// "ಎಸ್‌."), or 0.
func (w *window) joinerAt(p int) int {
	if w.byteAt(p) == 0xE2 && w.byteAt(p+1) == 0x80 && (w.byteAt(p+2) == 0x8C || w.byteAt(p+2) == 0x8D) {
		return 3
	}
	return 0
}

// maxScriptInitial bounds the bytes of an initial in a script: a
// syllable of two or three characters ("ಕೆ", "ಎಸ್").
const maxScriptInitial = 9

// lineAlone reports whether [start, end) is a line by itself: a card's or
// a list's name ("सुरेश कुमार पाटील" under "भारत सरकार").
func (w *window) lineAlone(start, end int) bool {
	end += w.joinerAt(end)
	if w.byteAt(end) == '.' {
		end++ // "ರಮೇಶ್ ಗೌಡ.": a chat's sender as OCR reads it, or a signature's full stop
	}
	b, a := w.byteAt(start-1), w.byteAt(end)
	return (b < 0 || b == '\n') && (a < 0 && w.atEOF || a == '\n' || a == '\r')
}

// phoneInBracketsAt reports a phone number in brackets at the '(' at p:
// ten digits or more, ASCII or a script's, with spaces, hyphens and a
// leading '+' between them ("(91251 51832)", "(+૯૧ ૯૯૧૪૧ ૫૪૭૪૪)"); not
// a date's ("(19-Nov-2024)").
func (w *window) phoneInBracketsAt(p int) bool {
	if w.byteAt(p) != '(' {
		return false
	}
	q := p + 1
	if w.byteAt(q) == '+' {
		q++
	}
	digits := 0
	for q-p < 48 {
		switch c, size := w.char(q); {
		case size == 0:
			return false // (past buf's end: the reader asks for more)
		case c == ')':
			return digits >= 10
		case chars.IsDigit(c):
			digits++
			q += size
		case c == ' ' || c == '-':
			q++
		default:
			return false
		}
	}
	return false
}

// signOffLineAt reports a name at [start, after) that ends its line
// after one or two words of a script and ", " that open the line: a
// letter's closing ("அன்புடன், …", "ਤੇਰੀ ਮਾਂ, …", "ତୁମର ବାପା, …").
func (w *window) signOffLineAt(start, after int) bool {
	a := w.byteAt(after)
	return (a == '\n' || a == '\r' || a < 0 && w.atEOF) && w.scriptSignOffBefore(start)
}

// thanksLineAt is signOffLineAt for a line that thanks before the name:
// "நன்றி, க. தினேஷ்". Only a name with its initials will do there: a
// shop's slip ends "ಧನ್ಯವಾದಗಳು, ಮತ್ತೆ ಬನ್ನಿ" (thanks, come again).
func (w *window) thanksLineAt(start, after int) bool {
	a := w.byteAt(after)
	return (a == '\n' || a == '\r' || a < 0 && w.atEOF) && w.byteAt(start-1) == ' ' && w.byteAt(start-2) == ',' &&
		w.closingLineEndsAt(start-2, 1, scriptThanksWords)
}

// scriptThanksWords thank, closing a message: see thanksLineAt.
var scriptThanksWords = map[string]bool{
	"धन्यवाद": true, "ধন্যবাদ": true, "ਧੰਨਵਾਦ": true, "આભાર": true, "ଧନ୍ୟବାଦ": true, "நன்றி": true, "ధన్యవాదాలు": true, "ಧನ್ಯವಾದಗಳು": true, "നന്ദി": true,
}

// scriptSignOffBefore reports one or two words of a script and ", " that
// open the line before start, the first of scriptSignOffWords: "yours",
// "with love", "your" before a kin's word (see signOffLineAt).
func (w *window) scriptSignOffBefore(start int) bool {
	if w.byteAt(start-1) == '\n' && w.byteAt(start-2) == ',' {
		// "നന്ദി,\nഅശ്വതി പിള്ള", "ধন্যবাদান্তে,\nসুস্মিতা": the closing words
		// on a line of their own, the name on the next
		return w.closingLineEndsAt(start-2, 2, scriptSignOffWords)
	}
	if w.byteAt(start-1) != ' ' {
		return false
	}
	if w.byteAt(start-2) >= 0x80 {
		// "আপোনাৰ ৰশ্মি", "నీ లక్ష్మి": "your" and the name, no comma,
		// alone on the line
		return w.closingLineEndsAt(start-1, 1, scriptSignOffWords)
	}
	if w.byteAt(start-2) != ',' {
		return false
	}
	return w.closingLineEndsAt(start-2, 2, scriptSignOffWords)
}

// closingLineEndsAt reports up to maxWords words of a script, from a
// line's start to c (a comma or a space), that close a letter: the first
// one of opening (scriptSignOffWords, scriptThanksWords), or a word of
// thanks with "सहित" (with thanks), as formal letters close ("ਧੰਨਵਾਦ
// ਸਹਿਤ,").
func (w *window) closingLineEndsAt(c, maxWords int, opening map[string]bool) bool {
	k := c
	second := false
	for words := 0; words < maxWords; words++ {
		e := k
		for e-k < 48 && w.byteAt(k-1) >= 0x80 {
			k--
		}
		if k == e {
			return false
		}
		if w.lineOpensAt(k) {
			var word [48]byte
			n := w.copyOut(word[:], k, e) // the line may open in a stream's history
			return opening[string(word[:n])] || second && scriptThanksWords[string(word[:n])]
		}
		if w.byteAt(k-1) != ' ' {
			return false
		}
		var word [48]byte
		n := w.copyOut(word[:], k, e)
		second = scriptWithWords[string(word[:n])]
		k--
	}
	return false
}

// scriptWithWords follow a word of thanks in a letter's formal close:
// "ਧੰਨਵਾਦ ਸਹਿਤ", "धन्यवाद सहित" (with thanks).
var scriptWithWords = map[string]bool{"सहित": true, "ਸਹਿਤ": true, "সহ": true, "સહિત": true, "ସହିତ": true, "ಸಹಿತ": true, "సహితం": true, "സഹിതം": true}

// scriptSignOffWords open a letter's closing line in the scripts, before
// the writer's name: "yours" and "with love", or "your" before a kin's
// word ("ਤੇਰੀ ਮਾਂ, ਹਰਲੀਨ ਕੌਰ", your mother). Not "thanks", which a shop's
// slip ends with ("ಧನ್ಯವಾದಗಳು, ಮತ್ತೆ ಬನ್ನಿ", thanks, come again).
var scriptSignOffWords = map[string]bool{
	"भवदीय": true, "भवदीया": true, "आपका": true, "आपकी": true, "तुम्हारा": true, "तुम्हारी": true, "सादर": true, "प्रार्थी": true,
	"आपला": true, "आपली": true, "तुमचा": true, "तुमची": true, "कळावे": true,
	"তোমার": true, "আপনার": true, "ইতি": true, "ভবদীয়": true, "তোমাৰ": true, "আপোনাৰ": true, "ধন্যবাদান্তে": true, // "with thanks", a letter's formal close
	"அன்புடன்": true, "இப்படிக்கு": true, "தங்கள்": true, "உங்கள்": true,
	"ఇట్లు": true, "మీ": true, "నీ": true,
	"ಇಂತಿ": true, "ನಿಮ್ಮ": true, "ವಿಶ್ವಾಸಿ": true,
	"സ്നേഹത്തോടെ": true, "വിശ്വസ്തതയോടെ": true, "സ്നേഹപൂർവ്വം": true,
	"આપનો": true, "આપની": true, "તમારો": true, "તમારી": true,
	"ਤੁਹਾਡਾ": true, "ਤੁਹਾਡੀ": true, "ਤੇਰਾ": true, "ਤੇਰੀ": true,
	"ତୁମର": true, "ଆପଣଙ୍କ": true, "ଇତି": true,
}

// lineOpensAt reports whether start opens a line or the input.
func (w *window) lineOpensAt(start int) bool {
	b := w.byteAt(start - 1)
	return b == '\n' || b < 0 && w.base+int64(start) == 0
}

// cellAlone is lineAlone for a line of cells: the words [start, end) fill
// their line, or their cell of a row parted by '|' or tabs ("सुनीता प्रकाश
// पाटील | प्रकाश गणपत पाटील", as a form's columns are read).
func (w *window) cellAlone(start, end int) bool {
	if w.lineAlone(start, end) {
		return true
	}
	if labelWordIn(w.buf[max(start, 0):min(end, len(w.buf))]) {
		return false // "బిడ్డ తల్లి పేరు | పుట్టిన తేదీ": a header's cell, a label's words
	}
	end += w.joinerAt(end)
	k := start - 1
	for w.byteAt(k) == ' ' {
		k--
	}
	b := w.byteAt(k)
	if !(b < 0 || b == '\n' || b == '|' || b == '\t') {
		return false
	}
	k = end
	for w.byteAt(k) == ' ' {
		k++
	}
	a := w.byteAt(k)
	return a < 0 && w.atEOF || a == '\n' || a == '\r' || a == '|' || a == '\t'
}

// latinNameBeforeSlash reports a known name's capitalised word in Latin
// letters, then " / ", before p: a bilingual form's name written twice
// ("Harpreet Kaur Sandhu / हरप्रीत कौर संधू").
func (w *window) latinNameBeforeSlash(p int) bool {
	if w.byteAt(p-1) != ' ' || w.byteAt(p-2) != '/' || w.byteAt(p-3) != ' ' {
		return false
	}
	var buf [20]byte
	word, s := wordBefore(w, p-3, buf[:])
	return len(word) >= 2 && isUpperByte(w.byteAt(s)) && isKnownName(word)
}

// columnAlone reports whether [start, end) fills a column of its line:
// a gap of two spaces or more, the line's start or its end on either
// side, as OCR and PDF converters lay out a form's columns ("সুব্রত
// চট্টোপাধ্যায়  বিলের সারাংশ"). A label's words are no such name.
func (w *window) columnAlone(start, end int) bool {
	end += w.joinerAt(end)
	b, a := w.byteAt(start-1), w.byteAt(end)
	if !(b < 0 || b == '\n' || b == ' ' && w.byteAt(start-2) == ' ') ||
		!(a < 0 && w.atEOF || a == '\n' || a == '\r' || a == ' ' && w.byteAt(end+1) == ' ') {
		return false
	}
	return !labelWordIn(w.buf[max(start, 0):min(end, len(w.buf))])
}

// itemAlone reports whether [start, end) is a list's or a register's
// item by itself, as lists in the scripts name people: after the item's
// number at its line's start, before what parts it from the item's other
// fields ("1. ସୁବ୍ରତ ଦାସ — ୪୨/୧, …", "४  शारदा देवी  वृद्धावस्था", "1) ଲିପ୍ସା ନାୟକ |
// ଜନ୍ମ ତାରିଖ"); or opening its line before a possessive ("पूजा यादव का
// आधार", "অনির্বাণ দাস-এর ভোটার কার্ড"). A title's words fail the first
// test, a label's ("পিতার নাম") the gazetteer's.
func (w *window) itemAlone(start, end int) bool {
	numbered, ok := w.itemStartBefore(start)
	if !ok || labelWordIn(w.buf[max(start, 0):min(end, len(w.buf))]) {
		return false
	}
	end += w.joinerAt(end)
	return (numbered || w.figuresFieldAfter(end)) && w.itemEndAt(end) || w.possessiveAt(end) && !w.scriptHouseWordAt(start)
}

// figuresFieldAfter reports, after an item's name ending at p, a field
// parted from it by a dash or a pipe that opens with a figure: "அருண்
// பாண்டியன் – 9648586162 – நிலுவை ₹1960", a register's line with no
// number of its own. A heading's words are followed by words.
func (w *window) figuresFieldAfter(p int) bool {
	k := p
	for n := 0; n < 4 && w.byteAt(k) == ' '; n++ {
		k++
	}
	if d := w.byteAt(k); d == '-' || d == '|' {
		k++
	} else if d == 0xE2 && w.byteAt(k+1) == 0x80 && (w.byteAt(k+2) == 0x93 || w.byteAt(k+2) == 0x94) {
		k += 3
	} else {
		return false
	}
	if w.byteAt(k) != ' ' {
		return false
	}
	k++
	b := w.byteAt(k)
	return isASCIIDigitByte(byte(max(b, 0))) || b == '+' || isScriptDigitEndingAt(w, k+2)
}

// itemStartBefore reports whether only white space, or an item's number
// ("1.", "(2)", "३)", "୧.", "4  "), stands between the start of i's line
// and i; numbered says a number does.
func (w *window) itemStartBefore(i int) (numbered, ok bool) {
	k := i - 1
	for n := 0; n < 8 && (w.byteAt(k) == ' ' || w.byteAt(k) == '\t'); n++ {
		k--
	}
	mark := false
	if b := w.byteAt(k); b == '.' || b == ')' {
		k, mark = k-1, true
	}
	digits := 0
	for digits < 3 {
		if isASCIIDigitByte(byte(max(w.byteAt(k), 0))) {
			k--
		} else if isScriptDigitEndingAt(w, k) {
			k -= 3
		} else {
			break
		}
		digits++
	}
	if digits == 0 && mark {
		return false, false
	}
	if digits > 0 && w.byteAt(k) == '(' {
		k--
	}
	for n := 0; n < 8 && (w.byteAt(k) == ' ' || w.byteAt(k) == '\t'); n++ {
		k--
	}
	if b := w.byteAt(k); b < 0 || b == '\n' || b == '\r' {
		return digits > 0, true
	}
	return false, false
}

// numberedItemAt reports whether i opens a numbered item of a list or a
// register (see itemStartBefore).
func (w *window) numberedItemAt(i int) bool {
	numbered, _ := w.itemStartBefore(i)
	return numbered
}

// placeWordAfter reports a word of a place or an institution (see
// scriptPlaceWords) a space after p: "পার্ক", "नगर", "मार्ग". At buf's
// end it sets w.short.
func (w *window) placeWordAfter(p int) bool {
	if w.byteAt(p) != ' ' || w.byteAt(p+1) != 0xE0 {
		return false
	}
	q := skipIndicLetters(w.buf, p+1)
	if q+2 >= len(w.buf) && !w.atEOF {
		w.short = true
		return false
	}
	var buf [64]byte
	k, ok := names.Skeleton(w.buf[p+1:q], buf[:0])
	return ok && scriptPlaceSkeletons[string(k)]
}

// itemOpensAt is mayOpenScriptName's quick test for itemAlone: i opens
// its line, or a numbered item of one.
func (w *window) itemOpensAt(i int) bool {
	_, ok := w.itemStartBefore(i)
	return ok
}

// isScriptDigitEndingAt reports a digit of an Indian script (U+0966 …
// U+0D6F, the last ten code points of each script's first block) whose
// three bytes end at k.
func isScriptDigitEndingAt(w *window, k int) bool {
	b0, b1, b2 := w.byteAt(k-2), w.byteAt(k-1), w.byteAt(k)
	return b0 == 0xE0 && b1 >= 0xA5 && b1 <= 0xB5 && b1&1 == 1 && b2 >= 0xA6 && b2 <= 0xAF
}

// itemEndAt reports what parts an item's name, ending at p, from the
// item's next field: a line's end, a tab, two spaces, or a pipe, a dash
// or a bracket after a space.
func (w *window) itemEndAt(p int) bool {
	switch w.byteAt(p) {
	case '\n', '\r', '\t':
		return true
	case -1:
		return w.atEOF && p >= len(w.buf)
	case ' ':
		switch w.byteAt(p + 1) {
		case ' ', '|', '-', '(':
			return true
		case 0xE2:
			return w.byteAt(p+2) == 0x80 && (w.byteAt(p+3) == 0x93 || w.byteAt(p+3) == 0x94) // "–", "—"
		}
	}
	return false
}

// greetedEndAt reports what ends a greeted name at p: a comma, an
// exclamation mark, or a line's end.
func (w *window) greetedEndAt(p int) bool {
	switch w.byteAt(p) {
	case ',', '!', '\n', '\r':
		return true
	case -1:
		return w.atEOF && p >= len(w.buf)
	}
	return false
}

// labelValueEndAt reports what may end a label's value at p: what ends
// a list's item (see itemEndAt), a comma, a semicolon or a danda, a note in
// brackets after a space ("నామినీ: స్వాతి వర్మ (తల్లి)"), or a number after
// a space, the holder's phone.
func (w *window) labelValueEndAt(p int) bool {
	switch w.byteAt(p) {
	case ',', ';':
		return true
	case ' ':
		// (Past buf's end, byteAt sets w.short: the reader asks for more.)
		if b := w.byteAt(p + 1); isASCIIDigitByte(byte(max(b, 0))) || b == '+' || isScriptDigitEndingAt(w, p+3) {
			return true // "ಸಂಪರ್ಕ: ಕಿರಣ್ ಶೆಟ್ಟಿ ೦೮೨೬೪…": the holder's phone after the name
		}
	}
	return w.dandaAt(p) || w.itemEndAt(p) // "गवाह: मनोज शर्मा।"
}

// possessiveAt reports a possessive right after a name ending at p, and
// a word for what a person holds after it: a genitive's ending glued
// with a hyphen ("-এর ভোটার"), or Hindi's "का", "की", "के" a space away
// ("का आधार"); or a word for an identifier alone a space away, as chats
// write it ("శ్రీనివాస్ రెడ్డి ఓటరు గుర్తింపు కార్డు").
func (w *window) possessiveAt(p int) bool {
	switch w.byteAt(p) {
	case '-':
		q := skipIndicLetters(w.buf, p+1)
		if q+2 >= len(w.buf) && !w.atEOF {
			w.short = true
			return false
		}
		return q > p+1 && w.byteAt(q) == ' ' && w.kindWordAt(q+1)
	case ' ':
		return w.hindiPossessiveAt(p+1) && w.kindWordAt(p+1+len("का ")) || w.idWordAt(p+1)
	}
	return false
}

// kindWordAt reports a word of a script at p that keys or speaks for a
// kind of personal data (see keyWords and dictionary): "आधार", "ভোটার",
// "ঠিকানা".
func (w *window) kindWordAt(p int) bool {
	word, ok := w.scriptWordTextAt(p)
	if !ok {
		return false
	}
	if _, ok := keyWords[string(word)]; ok {
		return true
	}
	e, ok := dictionary[string(word)]
	return ok && e.pos != 0
}

// idWordAt reports a word of a script at p that speaks for an identifier
// (see dictionary): "ఓటరు", "आधार". A word that keys a name or an address
// ("ಹೆಸರು", name) does not count: "ವಿದ್ಯುತ್ ಸ್ಥಾವರ ಹೆಸರು ಬದಲಾವಣೆ" is a
// heading.
func (w *window) idWordAt(p int) bool {
	word, ok := w.scriptWordTextAt(p)
	if !ok {
		return false
	}
	e, ok := dictionary[string(word)]
	return ok && e.pos != 0
}

// scriptWordTextAt returns the word of a script at p (see
// skipIndicLetters), or ok false: no such word, or a stream must show
// more of it first (w.short set).
func (w *window) scriptWordTextAt(p int) (word []byte, ok bool) {
	if w.byteAt(p) != 0xE0 {
		return nil, false
	}
	q := skipIndicLetters(w.buf, p)
	if q+2 >= len(w.buf) && !w.atEOF {
		w.short = true // the word, or a character cut short after it, may go on
		return nil, false
	}
	return w.buf[p:q], true
}

// hindiPossessiveAt reports Hindi's possessive at p, "का", "की" or "के",
// and a space after it.
func (w *window) hindiPossessiveAt(p int) bool {
	for _, word := range [...]string{"का ", "की ", "के "} {
		switch wordAt(w.buf, p, word, w.atEOF) {
		case 1:
			return true
		case -1:
			w.short = true // the word may be cut by buf's end
			return false
		}
	}
	return false
}

// labelWordIn reports a word of text that keys a value (see keyWords) or
// that the context dictionary knows: "పేరు" (name), "ਕੋਡ" (code).
func labelWordIn(text []byte) bool {
	for _, f := range bytes.Fields(text) {
		if _, ok := keyWords[string(f)]; ok {
			return true
		}
		if _, ok := dictionary[string(f)]; ok {
			return true
		}
	}
	return false
}

// scriptCue is what the word of a script before a name says of it.
type scriptCue uint8

const (
	cueNone     scriptCue = iota
	cueRelation           // "पुत्र सुरेश तिवारी" (son of Suresh Tiwari): one of scriptRelationWords
	cueNameWord           // "मेरा नाम राकेश शर्मा है" (my name is …), "আমার নাম সুমন": a word that keys a person
	cueSelf               // "मैं रमेश चन्द्र यादव …" (I, Ramesh Chandra Yadav, …): one of scriptSelfWords
	cueLabel              // "आवेदक: कमलेश तिवारी" (applicant: …): a label's colon
	cueKin                // "পিতা সুভজিৎ দে," (father …): one of scriptKinCues
	cueGreeting           // "प्रिय पूजा," (dear Pooja): one of scriptGreetings
	cueRole               // "ग्राहक निशा पंड्या" (customer …): one of scriptRoleWords
	cueSignOff            // "— ਕਿਰਨਦੀਪ ਬਾਜਵਾ": a dash before a message's signature
)

// scriptSelfWords are the words for "I" in the Indian scripts, with
// which a complaint or a statement opens: "मैं रमेश चन्द्र यादव उपरोक्त
// पते का निवासी हूँ", "ମୁଁ ସସ୍ମିତା ବେହେରା". After one, a given name and a
// family name are a name; a given name alone is not ("मैं आशा करता हूँ",
// I hope).
var scriptSelfWords = []string{"मैं", "मी", "আমি", "ਮੈਂ", "હું", "ମୁଁ", "நான்", "నేను", "ನಾನು", "ഞാൻ"}

// scriptCueWords give the cue of each word that is one: the
// scriptRelationWords, and the words of Indian scripts that key a person
// (see keyWords) but for scriptKinWords.
var scriptCueWords = func() map[string]scriptCue {
	m := map[string]scriptCue{}
	for w, k := range keyWords {
		if k == Person && w[0] >= 0x80 && !scriptRelationWords[w] && !scriptKinWords[w] {
			m[w] = cueNameWord
		}
	}
	for w := range scriptRelationWords {
		m[w] = cueRelation
	}
	for _, w := range scriptSelfWords {
		m[w] = cueSelf
	}
	for _, w := range scriptKinCues {
		m[w] = cueKin
	}
	for _, w := range scriptGreetings {
		m[w] = cueGreeting
	}
	for _, w := range scriptRoleWords {
		if _, ok := m[w]; !ok {
			m[w] = cueRole
		}
	}
	return m
}()

// scriptRoleWords are the words for a person's role, trade or tie in the
// Indian scripts (their own and English's, as chats and notices spell
// them) that stand before a name with no colon, as lowerRoles do in
// English: "ગ્રાહક નિશા પંડ્યા નું સરનામું" (customer …), "ਪ੍ਰਬੰਧਕ ਗੁਰਪ੍ਰੀਤ ਸਿੱਧੂ ਨਾਲ"
// (organiser …), "రోగి శిరీష చౌదరి," (patient …). After one, a given name
// and a family name are a name.
var scriptRoleWords = []string{
	// A professor, as a letter signs: "ಪ್ರಾಧ್ಯಾಪಕ ಅನಿಲ್ ಶೆಟ್ಟಿ".
	"प्राध्यापक", "प्रोफेसर", "অধ্যাপক", "ପ୍ରାଧ୍ୟାପକ", "ਪ੍ਰੋਫੈਸਰ", "પ્રાધ્યાપક", "પ્રોફેસર", "பேராசிரியர்", "ఆచార్యులు", "ప్రొఫెసర్", "ಪ್ರಾಧ್ಯಾಪಕ", "പ്രൊഫസർ",
	// Hindi, Marathi
	"ग्राहक", "रोगी", "मरीज", "मरीज़", "रुग्ण", "किरायेदार", "भाडेकरू", "मालिक", "मालक", "घरमालक", "चालक", "ड्राइवर",
	"एजेंट", "प्रबंधक", "व्यवस्थापक", "छात्र", "छात्रा", "विद्यार्थी", "विद्यार्थिनी", "अभिभावक", "पालक", "सदस्य",
	"शिक्षक", "शिक्षिका", "प्रशिक्षक", "कर्मचारी", "उम्मीदवार", "स्वयंसेवक", "वारसदार", "वारिस", "नॉमिनी",
	"रिश्तेदार", "नातेवाईक", "मैकेनिक", "इलेक्ट्रीशियन", "बॉय", "सलाहकार", "सल्लागार", "वकील", "दलाल", "मैनेजर",
	"सचिव", "अध्यक्ष", "कोषाध्यक्ष", "सेक्रेटरी", // a society's officers: "— सचिव" signs a notice
	"अधिकारी",                                                                                                                               // an officer ("खंड विकास अधिकारी"), though Bengali's অধিকারী is a family name
	"पड़ोसी", "पड़ोसी", "पडोसी", "शेजारी", "दोस्त", "सहकर्मी", "गवाह", "साक्षीदार", "कप्तान", "मुखिया", "प्रशिक्षिका", "देणगीदार", "दानदाता", // a neighbour, a friend, a colleague: "मेरे पड़ोसी विकास तिवारी भी थे"
	"डॉक्टर", "खरीदार", "विक्रेता", "किसान", "शेतकरी", "सभासद", "खिलाड़ी", "खेळाडू", "दूल्हा", "दुल्हन", "वधू", "वर", "कर्जदार", "तकनीशियन", "पाल्य",
	"अर्जदार", "आवेदक", "प्रार्थी", "लाभार्थी", "प्राप्तकर्ता", "प्रेषक", // an applicant, a beneficiary, a parcel's recipient and sender
	"मतदाता", "मतदार", "মতদাতা", "મતદાર", "வாக்காளர்", "ಮತದಾರ", // a voter, as a voter's slip addresses one: "प्रिय मतदाता सुनीता देवी,"
	// Bengali
	"গ্রাহক", "রোগী", "ভাড়াটে", "বাড়িওয়ালা", "চালক", "ড্রাইভার", "ছাত্র", "ছাত্রী", "অভিভাবক", "সদস্য", "শিক্ষক",
	"এজেন্ট", "ম্যানেজার", "উকিল", "আত্মীয়", "বয়", "সম্পাদক", "সভাপতি", "কোষাধ্যক্ষ", "ডাক্তার", "ক্রেতা", "বিক্রেতা", "কৃষক", "খেলোয়াড়", "পাত্র", "পাত্রী", "প্রতিবেশী", "বন্ধু", "সাক্ষী", "নিমন্ত্রণকর্তা",
	"কর্মী", "আবেদনকারী", "প্রাপক", "প্রেরক", "উপভোক্তা",
	// Odia
	"ଗ୍ରାହକ", "ରୋଗୀ", "ଚାଳକ", "ଡ୍ରାଇଭର", "ଛାତ୍ର", "ଛାତ୍ରୀ", "ଅଭିଭାବକ", "ସଦସ୍ୟ", "ଶିକ୍ଷକ", "ଏଜେଣ୍ଟ", "ପରିଚାଳକ", "ସମ୍ପାଦକ", "ସଭାପତି", "ଡାକ୍ତର", "କୃଷକ", "ଋଣଗ୍ରହୀତା", "ଖେଳାଳି", "ପଡ଼ୋଶୀ", "ବନ୍ଧୁ", "ଅଭିଯୋଗକାରୀ", "ହିତାଧିକାରୀ", "ସାକ୍ଷୀ", "ଆବେଦକ", "ଆବେଦନକାରୀ", "ପ୍ରାପକ", "ପ୍ରେରକ",
	// Punjabi
	"ਗਾਹਕ", "ਮਰੀਜ਼", "ਮਰੀਜ", "ਡਰਾਈਵਰ", "ਵਿਦਿਆਰਥੀ", "ਮੈਂਬਰ", "ਪ੍ਰਬੰਧਕ", "ਏਜੰਟ", "ਕਿਰਾਏਦਾਰ", "ਮਾਲਕ", "ਸੇਵਾਦਾਰ", "ਅਧਿਆਪਕ", "ਸਕੱਤਰ", "ਪ੍ਰਧਾਨ", "ਡਾਕਟਰ", "ਖਿਡਾਰੀ", "ਕਿਸਾਨ", "ਖਰੀਦਦਾਰ", "ਖਜ਼ਾਨਚੀ", "ਗੁਆਂਢੀ", "ਦੋਸਤ", "ਗਵਾਹ", "ਲਾੜਾ", "ਲਾੜੀ", "ਕਪਤਾਨ", "ਰੇਡਰ", "ਬਿਨੈਕਾਰ", "ਪ੍ਰਾਪਤਕਰਤਾ",
	// Gujarati
	"ગ્રાહક", "દર્દી", "ડ્રાઇવર", "ડ્રાઈવર", "વિદ્યાર્થી", "સભ્ય", "એજન્ટ", "ભાડૂઆત", "મકાનમાલિક", "માલિક", "બોય", "શિક્ષક", "મેનેજર", "સચિવ", "પ્રમુખ", "ડૉક્ટર", "ખરીદનાર", "વેચનાર", "ખેડૂત", "ખેલાડી", "પડોશી", "મિત્ર", "સાક્ષી", "અરજદાર", "પ્રાપ્તકર્તા", "મોકલનાર",
	// Tamil
	"வாடிக்கையாளர்", "நோயாளி", "ஓட்டுநர்", "டிரைவர்", "மாணவர்", "மாணவி", "உறுப்பினர்", "முகவர்", "மேலாளர்", "ஆசிரியர்",
	"வாடகைதாரர்", "உரிமையாளர்", "செயலாளர்", "தலைவர்", "மருத்துவர்", "விவசாயி", "குடியிருப்பவர்", "மணமகன்", "மணமகள்", "நண்பர்", "சாட்சி", "விண்ணப்பதாரர்", "பெறுநர்", "அனுப்புநர்",
	// Telugu
	"కస్టమర్", "వినియోగదారు", "రోగి", "డ్రైవర్", "విద్యార్థి", "విద్యార్థిని", "సభ్యుడు", "సభ్యురాలు", "ఏజెంట్", "మేనేజర్",
	"ఉపాధ్యాయుడు", "అద్దెదారు", "యజమాని", "బంధువు", "కార్యదర్శి", "అధ్యక్షుడు", "డాక్టర్", "టెక్నీషియన్", "వధువు", "వరుడు", "రైతు", "కొనుగోలుదారు", "స్నేహితుడు", "సంరక్షకుడు", "తల్లిదండ్రులు", "సాక్షి", "గ్రహీత", "దరఖాస్తుదారు", "పంపినవారు", "బాయ్",
	// Kannada
	"ಗ್ರಾಹಕ", "ರೋಗಿ", "ಚಾಲಕ", "ಡ್ರೈವರ್", "ವಿದ್ಯಾರ್ಥಿ", "ಸದಸ್ಯ", "ಏಜೆಂಟ್", "ವ್ಯವಸ್ಥಾಪಕ", "ಶಿಕ್ಷಕ", "ಬಾಡಿಗೆದಾರ", "ಮಾಲೀಕ",
	"ತರಬೇತುದಾರ", "ಸಂಬಂಧಿ", "ಕಾರ್ಯದರ್ಶಿ", "ಅಧ್ಯಕ್ಷ", "ರೈತ", "ಪೋಷಕರು", "ಡಾಕ್ಟರ್", "ಆಟಗಾರ", "ಸ್ನೇಹಿತ", "ಸಾಕ್ಷಿ", "ವಧು", "ಅರ್ಜಿದಾರ", "ಸ್ವೀಕರಿಸುವವರು", "ಕಳುಹಿಸುವವರು",
	// Malayalam
	"ഉപഭോക്താവ്", "രോഗി", "ഡ്രൈവർ", "വിദ്യാർത്ഥി", "വിദ്യാർത്ഥിനി", "അംഗം", "ഏജന്റ്", "മാനേജർ", "അധ്യാപകൻ",
	"വാടകക്കാരൻ", "ഉടമ", "ബന്ധു", "സെക്രട്ടറി", "പ്രസിഡന്റ്", "വിളിച്ചയാൾ", "ഡോക്ടർ", "കർഷകൻ", "അയൽക്കാരൻ", "സുഹൃത്ത്", "കൂട്ടിരിപ്പുകാരൻ", "സാക്ഷി", "വധു", "അപേക്ഷകൻ", "അപേക്ഷക", "സ്വീകർത്താവ്", "അയച്ചയാൾ",
}

// scriptGreetings open a letter or a message to a person, as "Dear" and
// "Hi" do: "प्रिय पूजा,", "வணக்கம் முருகன் பழனிசாமி,", "ಸ್ವಾಗತ ಪೂರ್ಣಿಮಾ ಗೌಡ!".
var scriptGreetings = []string{
	"प्रिय", "नमस्ते", "नमस्कार", "आदरणीय", // Hindi, Marathi
	"প্রিয়", "নমস্কার", // Bengali
	"ପ୍ରିୟ", "ନମସ୍କାର", // Odia
	"ਪਿਆਰੇ", "ਸਤਿਕਾਰਯੋਗ", // Punjabi
	"પ્રિય", "નમસ્તે", // Gujarati
	"அன்புள்ள", "வணக்கம்", // Tamil
	"ప్రియమైన", "నమస్కారం", // Telugu
	"ಆತ್ಮೀಯ", "ಪ್ರಿಯ", "ಸ್ವಾಗತ", "ನಮಸ್ಕಾರ", // Kannada
	"പ്രിയ", "നമസ്കാരം", "പ്രിയപ്പെട്ട", // Malayalam
	// Affection's greetings to the young: "ସ୍ନେହର ସୁବ୍ରତ,", "স্নেহের তাপস,".
	"ସ୍ନେହର", "স্নেহের", "प्यारे", "प्यारी", "பிரியமுள்ள",
	// English's "hi" and "hello" in each script, as messages write them:
	// "హాయ్ మహేష్,".
	"हाय", "हैलो", "हेलो", "হাই", "হ্যালো", "ହାଏ", "ହେଲୋ", "ਹਾਏ", "ਹੈਲੋ", "હાય", "હેલો", "ஹாய்", "ஹலோ", "హాయ్", "హలో",
	"ಹಾಯ್", "ಹಲೋ", "ഹായ്", "ഹലോ",
}

// scriptKinCues are the words for a father, a mother or a husband that,
// in a statement, stand before the relative's name and a comma as S/O
// does: "আমি সায়ন দে, পিতা সুভজিৎ দে, ঠিকানা …" (I, Sayan De, father
// Subhajit De, address …).
var scriptKinCues = []string{
	"पिता", "माता", "पति", "पिताजी", // Hindi, Marathi
	"दादी", "दादा", "नानी", "नाना", "बेटा", "बेटी", "भाभी", "बहन", "दामाद", "बहू", // "तुम्हारी दादी रेखा पांडेय" ("पत्नी" is a relation's word)
	"পিতা", "মাতা", "স্বামী", // Bengali
	"ପିତା", "ମାତା", "ସ୍ୱାମୀ", // Odia
	"ਪਿਤਾ", "ਮਾਤਾ", "ਪਤੀ", // Punjabi
	"પિતા", "માતા", "પતિ", // Gujarati
	"தந்தை", "தாய்", "கணவர்", "குழந்தை", // Tamil
	"తండ్రి", "తల్లి", "భర్త", // Telugu
	"ತಂದೆ", "ತಾಯಿ", "ಗಂಡ", // Kannada
	"പിതാവ്", "അച്ഛൻ", "അമ്മ", "ഭർത്താവ്", // Malayalam
}

// scriptKinWords key a relative's name in a record ("पिता: …"), but in a
// sentence stand before many words that are no name ("पिता का", "माता जी").
var scriptKinWords = map[string]bool{"पिता": true, "माता": true, "पति": true}

// lastChars is a set of characters of the Indian scripts (U+0800 to
// U+FFFF), by the last two bytes of their UTF-8: a quick test of a word's
// last character, before a word set is hashed.
type lastChars [1 << 10]uint64

// add adds the last character of each word.
func (t *lastChars) add(words ...string) {
	for _, w := range words {
		if n := len(w); n >= 3 && w[n-3] >= 0xE0 {
			k := uint16(w[n-2])<<8 | uint16(w[n-1])
			t[k>>6] |= 1 << (k & 63)
		}
	}
}

// ends reports whether word may end in one of the characters.
func (t *lastChars) ends(word []byte) bool {
	n := len(word)
	if n < 3 {
		return false
	}
	k := uint16(word[n-2])<<8 | uint16(word[n-1])
	return t[k>>6]&(1<<(k&63)) != 0
}

// scriptNameEndLast and scriptHonorificLast are the last characters of
// scriptNameEnds and scriptHonorifics: most words of a sentence end in
// another, and need not be looked up (see scriptNameEndWithin and
// mayOpenScriptName, on the main loop's path).
var scriptNameEndLast, scriptHonorificLast = func() (e, h lastChars) {
	for w := range scriptNameEnds {
		e.add(w)
	}
	for w := range scriptHonorifics {
		h.add(w)
	}
	return e, h
}()

// scriptCueEnds holds the last characters, their last two bytes, of
// scriptCueWords: most words end in another, and need not be read.
var scriptCueEnds = func() (t [1 << 16]bool) {
	for w := range scriptCueWords {
		if n := len(w); n >= 3 && w[n-3] == 0xE0 {
			t[uint16(w[n-2])<<8|uint16(w[n-1])] = true
		}
	}
	return t
}()

// scriptAddressWords are the words of Indian scripts that key an address
// (see keyWords), false, and the words for a house, flat or plot that
// open one before its number, or for a village, true: "पता", "ঠিকানা";
// "मकान" of "मकान नं. 392, इंदिरा नगर, लखनऊ", "ग्राम" of "ग्राम रामपुर, …".
var scriptAddressWords = func() map[string]bool {
	m := map[string]bool{}
	for w, k := range keyWords {
		if k == Location && w[0] == 0xE0 {
			m[w] = false
		}
	}
	for _, w := range scriptHouseWords {
		m[w] = true
	}
	for w := range scriptVillageOpeners {
		m[w] = true
	}
	return m
}()

// scriptVillageOpeners are the words for a village in the Indian scripts,
// which open a village address as "Vill." does: "ग्राम रामपुर, पोस्ट
// सिमरी, जिला बलिया", "ଗାଁ ବାଲିଅନ୍ତା, ପୋ. ବାଲିଅନ୍ତା, ଖୋର୍ଦ୍ଧା 752062". Such an
// address needs another of its parts after a comma (scriptRuralAt) or a
// PIN code closing it, since the words also say "my village" in a
// sentence.
var scriptVillageOpeners = map[string]bool{
	"गाँव": true, "गांव": true, "ग्राम": true, "गाव": true, // Hindi, Marathi
	"গ্রাম": true, "ಗ್ರಾಮ": true, "கிராமம்": true, "గ్రామం": true, "ગામ": true, "ਪਿੰਡ": true,
	"ଗ୍ରାମ": true, "ଗାଁ": true, "ഗ്രാമം": true,
}

// scriptRuralAbbreviations are the abbreviations, with their dot, that
// name a village address's parts in the Indian scripts: post office,
// district, taluka.
var scriptRuralAbbreviations = map[string]bool{
	"पो.": true, "जि.": true, "ता.": true, "ତା.": true, "ପୋ.": true, "ଜି.": true, "পো.": true, "জে.": true,
	"ಪೋ.": true, "ತಾ.": true, "ಜಿ.": true, "પો.": true, "તા.": true, "જિ.": true, "ਪੋ.": true, "ਜ਼ਿ.": true,
}

// scriptRuralAt reports a word of scriptVillageWords, or one of
// scriptRuralAbbreviations, at p.
func (w *window) scriptRuralAt(p int) bool {
	if w.byteAt(p) != 0xE0 {
		return false
	}
	q := skipIndicLetters(w.buf, p)
	if q <= p {
		return false
	}
	if scriptVillageWords[string(w.buf[p:q])] {
		return true
	}
	return w.byteAt(q) == '.' && scriptRuralAbbreviations[string(w.buf[p:q+1])]
}

// scriptHouseWords are the words for a house, a flat, a plot, a door or
// a number in the Indian scripts, which open an address before the
// house's number as "Flat" and "H.No." do.
var scriptHouseWords = []string{
	"मकान", "घर", "फ्लैट", "फ़्लैट", "प्लॉट", "प्लाट", "सदनिका", "ब्लॉक", "भूखंड", "गली", "क्वार्टर", "क्वाटर", // Hindi, Marathi
	"फ्लॅट", "रूम", "रुम", "खोली", "बंगला", // Marathi's flat, room and bungalow: "रूम नं. ११, गणेश चाळ"
	"বাড়ি", "বাড়ী", "ফ্ল্যাট", "প্লট", "বাসা", "ঘৰ", // Bengali; Assamese's house
	"எண்", "கதவு", "வீடு", "வீட்டு", "பிளாட்", "மனை", // Tamil ("வீட்டு எண்", house number)
	"ఇంటి", "ఇల్లు", "ఫ్లాట్", "ప్లాట్", "డోర్", // Telugu
	"ಮನೆ", "ಫ್ಲಾಟ್", "ಪ್ಲಾಟ್", "ನಿವೇಶನ", // Kannada
	"വീട്", "വീട്ടുനമ്പർ", "വീട്ടു", "ഫ്ലാറ്റ്", "ഹൗസ്", // Malayalam ("വീട്ടു നമ്പർ", house number, written apart too)
	"મકાન", "ઘર", "ફ્લેટ", "પ્લોટ", "બ્લોક", // Gujarati
	"ਮਕਾਨ", "ਘਰ", "ਫਲੈਟ", "ਪਲਾਟ", "ਕੋਠੀ", // Punjabi ("ਕੋਠੀ ਨੰ. 19", a house)
	"ଘର", "ପ୍ଲଟ", "ଫ୍ଲାଟ", // Odia
	// A town's ward and its number, as a home's address opens with them:
	// "വാർഡ് നമ്പർ ൧൪, പട്ടം, തിരുവനന്തപുരം".
	"वार्ड", "ওয়ার্ড", "વોર્ડ", "ਵਾਰਡ", "ୱାର୍ଡ", "வார்டு", "వార్డు", "ವಾರ್ಡ್", "വാർഡ്",
}

// maxScriptAddressWord is the longest of scriptAddressWords, in bytes
// ("വീട്ടുനമ്പർ", house number, is 33).
var maxScriptAddressWord = func() int {
	n := 0
	for w := range scriptAddressWords {
		n = max(n, len(w))
	}
	return n
}()

// scriptAddressFirst and scriptAddressLast mark the first and the last
// character, their last two bytes, of scriptAddressWords: most words of
// a script fail one or the other, and are not looked up.
var scriptAddressFirst, scriptAddressLast = func() (f, l [1 << 16]bool) {
	for w := range scriptAddressWords {
		f[uint16(w[1])<<8|uint16(w[2])] = true
		l[uint16(w[len(w)-2])<<8|uint16(w[len(w)-1])] = true
	}
	return f, l
}()

// mayOpenScriptAddress is the main loop's quick test, and candidate's, of
// the word of a script at [i, j): a word for an address, a space after
// it, then a letter or a digit of a script or a Latin capital or digit
// ("मेरा पता मकान नं. 45, …", "আমাদের ঠিকানা ফ্ল্যাট ২বি, …").
func mayOpenScriptAddress(buf []byte, i, j int) bool {
	// The first character first: most words fail on it, in a call the
	// compiler inlines.
	return scriptAddressFirst[uint16(buf[i+1])<<8|uint16(buf[i+2])] && scriptAddressFollows(buf, i, j)
}

// scriptAddressFollows is the rest of mayOpenScriptAddress: the word's
// length and last character, a space and an opening after it, the word.
func scriptAddressFollows(buf []byte, i, j int) bool {
	if atPostAt(buf, i, j) {
		return true
	}
	if j+2 < len(buf) && buf[j] == ':' && buf[j+1] == ' ' && scriptVillageOpeners[string(buf[i:j])] {
		j++ // "গ্রাম: চন্দনপুর, পোস্ট: রামনগর, …": a village's word as a label
	}
	if j+1 >= len(buf) || buf[j] != ' ' || j-i < 6 || j-i > maxScriptAddressWord {
		return false
	}
	g := j + 1
	for g < len(buf) && g-j < maxFormGap && buf[g] == ' ' {
		g++ // "വിലാസം  കൃഷ്ണകൃപ, …": a form's column gap, as OCR reads one
	}
	// (Where the spaces run on, their end decides: scriptAddressAfter reads it.)
	if g < len(buf) && buf[g] != ' ' {
		if b := buf[g]; b != 0xE0 && !isDigitByte(int(b)) && !isUpperByte(int(b)) {
			return false
		}
	}
	if buf[j-1] == ':' {
		j--
	}
	_, ok := scriptAddressWords[string(buf[i:j])]
	return scriptAddressLast[uint16(buf[j-2])<<8|uint16(buf[j-1])] && ok
}

// scriptStreetWords are the words for a street, a road, a lane or a
// residential colony in the Indian scripts: a line whose first part
// holds one, and that a PIN code closes, is an address
// ("வடக்கு வீதி, திருவாரூர் - 610001").
var scriptStreetWords = map[string]bool{
	"मार्ग": true, "रोड": true, "गली": true, "नगर": true, "कॉलोनी": true, "कालोनी": true, "पथ": true, "चौक": true, "मोहल्ला": true, "पेठ": true, "वाडी": true, "लेन": true,
	"রোড": true, "সরণি": true, "সরণী": true, "পল্লী": true, "লেন": true, "পাড়া": true, "নগর": true, "কলোনি": true, "স্ট্রিট": true, "পথ": true, "নগৰ": true, "ৰোড": true,
	"வீதி": true, "தெரு": true, "சாலை": true, "நகர்": true, "ரோடு": true, "காலனி": true,
	"రోడ్డు": true, "రోడ్": true, "వీధి": true, "నగర్": true, "కాలనీ": true, "పేట": true,
	"ರಸ್ತೆ": true, "ರೋಡ್": true, "ನಗರ": true, "ಬಡಾವಣೆ": true, "ಲೇಔಟ್": true, "ಬೀದಿ": true,
	"റോഡ്": true, "നഗർ": true, "കോളനി": true, "ലെയിൻ": true, "തെരുവ്": true,
	"રોડ": true, "માર્ગ": true, "નગર": true, "સોસાયટી": true, "પોળ": true, "ગલી": true,
	"ਰੋਡ": true, "ਨਗਰ": true, "ਗਲੀ": true, "ਕਲੋਨੀ": true, "ਮਾਰਗ": true,
	"ରୋଡ": true, "ମାର୍ଗ": true, "ନଗର": true, "ସାହି": true, "ଗଳି": true, "କଲୋନୀ": true,
}

// streetInFirstPart reports one of scriptStreetWords after the first of
// the words of a script at i, before the first comma; or buf ending
// before they do (candidate reads on).
func streetInFirstPart(buf []byte, i int, atEOF bool) bool {
	p := i
	for range 5 {
		q := skipIndicLetters(buf, p)
		if q == p {
			return false
		}
		word := string(buf[p:q])
		if p > i && scriptStreetWords[word] {
			return true // a street's name, then its word ("नगर निगम" is the town's corporation)
		}
		if _, ok := dictionary[word]; ok || scriptAddressWords[word] {
			return false // a sentence's or a label's word: "मेरा पता गांधी नगर, …" is read from पता
		}
		if q+1 >= len(buf) {
			return !atEOF
		}
		if buf[q] != ' ' || buf[q+1] != 0xE0 {
			return false
		}
		p = q + 1
	}
	return false
}

// atPostAt reports the word at [i, j) opening "मु. पो. " or "મુ. પો. " (at,
// post: the village whose post office shares its name), as Marathi and
// Gujarati open a village address.
func atPostAt(buf []byte, i, j int) bool {
	w := string(buf[i:j])
	return (w == "मु" && bytes.HasPrefix(buf[j:], []byte(". पो. ")) || w == "મુ" && bytes.HasPrefix(buf[j:], []byte(". પો. "))) &&
		len(buf) > j+len(". पो. ") && buf[j+len(". पो. ")] == 0xE0
}

// scriptAddressAfter reads the address that follows, one space on, a
// word for one at [i, j), with no colon between, or that starts at its
// word for a house: two commas at least, and a digit in its first part
// (the house's number) or a PIN code closing it, since the word also
// says "know" ("पता नहीं, 5 बजे आऊँगा": don't know, I will come at
// five). It returns where scanning goes on, or j.
// scriptHouseWordAt reports a script's word for a house at p ("प्लॉट",
// "মকান"): an address that opens with it may run on past a line's
// closing comma, as one that opens with its number does.
func (w *window) scriptHouseWordAt(p int) bool {
	if w.byteAt(p) != 0xE0 {
		return false
	}
	q := skipIndicLetters(w.buf, p)
	return q > p && scriptAddressWords[string(w.buf[p:q])]
}

func (r *Redactor) scriptAddressAfter(w *window, i, j int, out *[]match) int {
	n := len(*out)
	start, reason := j+1, "address after its word"
	for start-j <= maxFormGap && w.byteAt(start) == ' ' {
		start++ // a column's gap
	}
	if w.short {
		return j
	}
	atPost := atPostAt(w.buf, i, j)
	village := scriptVillageOpeners[string(w.buf[i:j])] || atPost
	if village && !atPost {
		if w.byteAt(i-1) == ' ' && chars.IsDigit(w.prevChar(i-1)) {
			return j // "500 ग्राम चीनी": grams, not a village
		}
		if k := skipIndicLetters(w.buf, j+1); k > j+1 {
			if e, ok := dictionary[string(w.buf[j+1:k])]; ok && e.stop || postpositions[string(w.buf[j+1:k])] {
				return j // "गाँव में, …": a sentence's village, no address
			}
		}
	}
	if scriptAddressWords[string(w.buf[i:j])] || atPost {
		start, reason = i, "address from its word for a house"
		if village {
			reason = "village address"
		}
	} else if k := skipIndicLetters(w.buf, start); k > start && knowingWords[string(w.buf[start:k])] {
		return j // "पता नहीं", "पता चला": to know, not an address
	}
	end := r.addressFrom(w, start, 0, false, reason, out)
	if w.short || end <= start {
		*out = (*out)[:n]
		return j
	}
	commas, digit, lettered := 0, false, false // lettered: a part after the first comma opens with a letter
	partStart := false
	for p := start; p < end; {
		c, size := w.char(p)
		if c == ',' {
			commas++
			partStart = true
		} else if partStart && c != ' ' {
			lettered = lettered || !chars.IsDigit(c) && (size > 1 || isASCIILetter(c))
			partStart = false
		}
		if chars.IsDigit(c) && commas == 0 {
			digit = true
		}
		p += max(size, 1)
	}
	if !lettered {
		*out = (*out)[:n]
		return j // "वार्ड संख्या ११, १२, १४, १७": a list of wards' numbers
	}
	if village {
		if commas < 1 || !w.pinCodeAfter((*out)[n].end) && !w.ruralPartWithin(start, end) {
			*out = (*out)[:n]
			return j
		}
	} else if commas < 2 || !digit && !w.pinCodeAfter((*out)[n].end) {
		// no house's number before the first comma, nor a PIN code
		// closing it ("मेरा पता गांधी नगर, कोलार रोड, भोपाल 462001 है"), or
		// too few parts
		*out = (*out)[:n]
		return j
	}
	// The sentence's little word after the address is none of it: "…,
	// जयपुर है".
	if k := bytes.LastIndexByte(w.buf[start:end], ' '); k > 0 {
		if e, ok := dictionary[string(w.buf[start+k+1:end])]; ok && e.stop && len(*out) == n+1 {
			end = start + k
			(*out)[n].end = end
		}
	}
	return end
}

// postpositions follow a noun in a sentence, never a village's name:
// "गाँव में" (in the village), "गाँव से" (from the village).
var postpositions = map[string]bool{
	"में": true, "मे": true, "से": true, "पर": true, "तक": true, "ने": true, "वाले": true, "वाली": true, "वालों": true,
	"मध्ये": true, "मधे": true, "ला": true, "चा": true, "ची": true, "चे": true, "त": true, // Marathi
}

// ruralPartWithin reports a part of a village address after a comma in
// [start, end): "…, पोस्ट सिमरी", "…, ପୋ. ବାଲିଅନ୍ତା".
func (w *window) ruralPartWithin(start, end int) bool {
	for p := start; p < end; p++ {
		if w.buf[p] == ',' && w.byteAt(p+1) == ' ' && w.scriptRuralAt(p+2) {
			return true
		}
	}
	return false
}

// knowingWords follow पता where it means to know, not an address: "पता
// नहीं" (don't know), "पता चला" (came to know), "पता है" (know).
var knowingWords = map[string]bool{
	"नहीं": true, "नही": true, "नहि": true, "चला": true, "चल": true, "चली": true, "है": true, "था": true, "थी": true,
	"लगा": true, "लगाओ": true, "लगाना": true, "करो": true, "करना": true, "करें": true, "हो": true, "होगा": true,
}

// pinCodeAfter reports a valid PIN code, in any script's digits, right
// after an address that ends at e: a space, a comma or a hyphen between.
func (w *window) pinCodeAfter(e int) bool {
	p := e
	for n := 0; n < 3 && (w.byteAt(p) == ' ' || w.byteAt(p) == ',' || w.byteAt(p) == '-'); n++ {
		p++
	}
	if e, ok := w.pinLabelEnd(p); ok {
		// ", पिन 412070", ", PIN - 412070": the PIN code's label first
		p = e
		for n := 0; n < 4 && (w.byteAt(p) == ' ' || w.byteAt(p) == ':' || w.byteAt(p) == '-' || w.byteAt(p) == '.'); n++ {
			p++
		}
	}
	q := w.pinAt(p)
	if q <= p {
		return false
	}
	var d [6]byte
	n := 0
	for k := p; k < q && n < len(d); {
		c, size := w.char(k)
		if chars.IsDigit(c) {
			d[n] = c
			n++
		}
		k += max(size, 1)
	}
	return n == 6 && validators.PINCode(string(d[:])) == nil
}

// scriptCueBefore reports the cue of the word of a script that ends one
// space before p.
func (w *window) scriptCueBefore(p int) scriptCue {
	p = w.columnGapStart(p)
	if w.byteAt(p-1) == ' ' && w.byteAt(p-2) == ')' {
		// "छात्रा का नाम (हिंदी में) अदिति शर्मा": a label's note in
		// brackets; the cue is the word before them
		k := p - 3
		for p-k < maxLabelNote && w.byteAt(k) >= 0 && w.byteAt(k) != '(' && w.byteAt(k) != ')' && w.byteAt(k) != '\n' {
			k--
		}
		if w.byteAt(k) != '(' || w.byteAt(k-1) != ' ' {
			return cueNone
		}
		p = k
	}
	if w.byteAt(p-1) == ' ' && w.byteAt(p-2)|0x20 == 'e' && w.byteAt(p-3)|0x20 == 'm' && w.byteAt(p-4)|0x20 == 'a' && w.byteAt(p-5)|0x20 == 'n' &&
		!isASCIILetter(byte(max(w.byteAt(p-6), 0))) {
		return cueNameWord // a bilingual form's label, its English half last: "ਨਾਮ / Name ਗੁਰਬਚਨ ਸਿੰਘ ਗਿੱਲ"
	}
	if w.byteAt(p-1) != ' ' {
		return cueNone
	}
	if w.byteAt(p-2) == ':' {
		return cueLabel
	}
	if w.tamilRelationEndsAt(p - 2) {
		return cueRelation // "த/பெ. ராஜேஷ் கிருஷ்ணன்" (father's name, as S/o)
	}
	if d := dashEndingAt(w, p-2); d > 0 {
		// After a sentence's end, or opening a line: a heading's dash
		// ("লিমিটেড — বিদ্যুৎ বিল") is no signature's.
		k := p - 2 - d
		if b := w.byteAt(k); b == '\n' || b < 0 && w.base+int64(k) < 0 ||
			b == ' ' && (w.byteAt(k-1) == '.' || w.byteAt(k-1) == '!' || w.byteAt(k-1) == '?' || w.dandaAt(k-3)) {
			return cueSignOff
		}
	}
	if w.byteAt(p-2) == ',' && w.scriptCueEndingAt(p-2) == cueSelf {
		return cueSelf // "मैं, विकास तिवारी, …": an affidavit's "I," with its comma
	}
	if w.joinerAt(p-4) > 0 {
		// "ನಂಜುಂಡಪ್ಪ ಬಿನ್‌ ಕೆಂಪೇಗೌಡ": a non-joiner after the cue's virama
		// (see joinerAt); the word ends before it
		p -= 3
	}
	return w.scriptCueEndingAt(p - 1)
}

// columnGapStart returns p, or where a run of spaces ending before p
// starts plus one: the gap between a form's label and its value, wider
// than a space where OCR or a PDF converter aligns values in a column
// ("नाम  अदिति शर्मा"), read as the one space a label leaves.
func (w *window) columnGapStart(p int) int {
	for n := 0; n < maxFormGap && w.byteAt(p-1) == ' ' && w.byteAt(p-2) == ' '; n++ {
		p--
	}
	return p
}

// tamilRelationEndsAt reports Tamil's "த/பெ" (தந்தை பெயர், father's
// name) or "க/பெ" (கணவர் பெயர், husband's name), a dot after it or not,
// ending at k: the S/o and W/o of Tamil records.
func (w *window) tamilRelationEndsAt(k int) bool {
	if w.byteAt(k) == '.' {
		k--
	}
	const pe = "\xe0\xae\xaa\xe0\xaf\x86" // "பெ"
	for n := range len(pe) {
		if w.byteAt(k-len(pe)+1+n) != int(pe[n]) {
			return false
		}
	}
	k -= len(pe)
	if w.byteAt(k) != '/' || w.byteAt(k-3) != 0xE0 || w.byteAt(k-2) != 0xAE || w.byteAt(k-1) != 0xA4 && w.byteAt(k-1) != 0x95 {
		return false // "த" or "க" before the slash
	}
	b := w.byteAt(k - 4)
	return b < 0x80 && !isAlnumByte(b)
}

// dashEndingAt returns the length of a hyphen, an en dash or an em dash
// whose last byte is at k, or 0.
func dashEndingAt(w *window, k int) int {
	switch {
	case w.byteAt(k) == '-':
		return 1
	case isEmDashEnd(w, k) || w.byteAt(k) == 0x93 && w.byteAt(k-1) == 0x80 && w.byteAt(k-2) == 0xE2: // "—", "–"
		return 3
	}
	return 0
}

// signedEndAt reports what ends a signature at p: the input's or a line's
// end, a danda, or a comma before the signer's role or number ("—
// पल्लवी जाधव, विमा सल्लागार, 864-599-6834").
func (w *window) signedEndAt(p int) bool {
	switch w.byteAt(p) {
	case ',', '\n', '\r':
		return true
	case -1:
		return w.atEOF && p >= len(w.buf)
	}
	return w.dandaAt(p)
}

// maxScriptCue bounds the bytes of a word of scriptCueWords
// ("বাড়িওয়ালা", landlord, is 33).
const maxScriptCue = 48

// scriptCueEndingAt returns the cue of the word of a script whose last
// byte is at e-1.
func (w *window) scriptCueEndingAt(e int) scriptCue {
	p := e + 1
	if w.byteAt(p-4) != 0xE0 || !scriptCueEnds[uint16(byte(w.byteAt(p-3)))<<8|uint16(byte(w.byteAt(p-2)))] {
		return cueNone
	}
	var buf [maxScriptCue]byte // the word, read backwards through a stream's history
	n := len(buf)
	k := p - 2
	for ; n > 0 && w.byteAt(k) >= 0x80; k-- {
		n--
		buf[n] = byte(w.byteAt(k))
	}
	if w.byteAt(k) >= 0x80 {
		return cueNone // longer than any cue
	}
	return scriptCueWords[string(buf[n:])]
}

// scriptNameEndAt reports one of scriptNameEnds after the space at e, or
// "/" and one ("पुत्र/पुत्री").
func (w *window) scriptNameEndAt(e int) bool {
	if w.byteAt(e) != ' ' || w.byteAt(e+1) != 0xE0 {
		return false
	}
	next, ok := w.scriptWordAt(e + 1)
	return ok && scriptNameEnds[string(w.buf[next.start:next.end])]
}

// latinTitleBefore reports an English title, one space before start:
// "Mrs.", "Mr", "Dr.", "Smt.", "Shri", "Late", in any case.
func latinTitleBefore(w *window, start int) bool {
	k := start - 1
	if w.byteAt(k) != ' ' {
		return false
	}
	if w.byteAt(k-1) == '.' {
		k--
	}
	var buf [4]byte
	word, s := wordBefore(w, k, buf[:])
	if isAlnumByte(w.byteAt(s - 1)) {
		return false
	}
	switch string(word) {
	case "mr", "mrs", "ms", "dr", "smt", "shri", "sri", "late":
		return true
	}
	return false
}

// phoneBeforeBracket reports a phone's number, ten digits or more of any
// script in groups a space or a hyphen apart, one space (or none) before
// the '(' at b, whose it is in the brackets (not an amount: "₹24,784
// (ਫਾਈਲ ਚਾਰਜ)").
func (w *window) phoneBeforeBracket(b int) bool {
	k := b - 1
	if w.byteAt(k) == ' ' {
		k--
	}
	digits := 0
	for n := 0; n < 24; n++ {
		switch {
		case isDigitByte(w.byteAt(k)):
			digits++
			k--
		case isScriptDigitEndingAt(w, k):
			digits++
			k -= 3
		case (w.byteAt(k) == ' ' || w.byteAt(k) == '-') && digits > 0:
			k--
		default:
			return digits >= 10
		}
	}
	return digits >= 10
}

// latinCueBefore reports an English word one space before start that cues
// a name (see nameCues), as mixed logs and messages put one before a name
// in a script: "PFMS reject for ପ୍ରିୟଙ୍କା ସାହୁ", "payment from राहुल शर्मा".
func latinCueBefore(w *window, start int) bool {
	if w.byteAt(start-1) != ' ' || !isASCIILetter(byte(max(w.byteAt(start-2), 0))) {
		return false
	}
	var buf [16]byte
	word, s := wordBefore(w, start-1, buf[:])
	if isAlnumByte(w.byteAt(s - 1)) {
		return false
	}
	_, cue := nameCues[string(word)]
	return cue || string(word) == "for"
}

// scriptRoleInBracketsAt reports a role's word of a script (see
// scriptRoleWords) in brackets one space after e: "(ਸਕੱਤਰ)", "(সম্পাদক)".
func (w *window) scriptRoleInBracketsAt(e int) bool {
	if w.byteAt(e) != ' ' || w.byteAt(e+1) != '(' {
		return false
	}
	word, ok := w.scriptWordTextAt(e + 2)
	return ok && w.byteAt(e+2+len(word)) == ')' && tieCue(scriptCueWords[string(word)])
}

// tieCue reports a cue of a person's role or tie: a role, a kin's or a
// relation's word ("(ਸਕੱਤਰ)", "(पुत्र)", "(पत्नी)").
func tieCue(c scriptCue) bool { return c == cueRole || c == cueKin || c == cueRelation }

// afterRoleInBrackets reports a list's item before start that ended with
// a role in brackets (see scriptRoleInBracketsAt): "(ਸਕੱਤਰ), " before it.
func (w *window) afterRoleInBrackets(start int) bool {
	if w.byteAt(start-1) != ' ' || w.byteAt(start-2) != ',' || w.byteAt(start-3) != ')' {
		return false
	}
	k := start - 4
	for start-k <= 48 && w.byteAt(k) >= 0x80 {
		k--
	}
	if w.byteAt(k) != '(' {
		return false
	}
	var word [48]byte
	n := w.copyOut(word[:], k+1, start-3) // the role may lie in a stream's history
	return tieCue(scriptCueWords[string(word[:n])])
}

// maxPostposition is the longest of scriptPostpositions, in bytes.
const maxPostposition = 21 // "यांच्या"

// scriptPostpositionAt reports one of scriptPostpositions one space
// after e, a word of its own.
func (w *window) scriptPostpositionAt(e int) bool {
	return w.postpositionAt(e, scriptPostpositions)
}

// fieldAfterSeparator returns where the field after " | ", " - ", " – "
// or " — " at p starts, or -1: what parts a row's fields written on one
// line.
func (w *window) fieldAfterSeparator(p int) int {
	if p+8 > len(w.buf) && !w.atEOF {
		w.short = true // the separator, or the field's first character, may lie beyond buf
		return -1
	}
	if w.byteAt(p) != ' ' {
		return -1
	}
	switch b := w.byteAt(p + 1); {
	case (b == '|' || b == '-') && w.byteAt(p+2) == ' ':
		return p + 3
	case b == 0xE2 && w.byteAt(p+2) == 0x80 && (w.byteAt(p+3) == 0x93 || w.byteAt(p+3) == 0x94) && w.byteAt(p+4) == ' ':
		return p + 5
	}
	return -1
}

// rowFieldAt reports at p the field a person's row holds after the name:
// a number, a phone, a Latin token (an e-mail address, "ABHA"), or a
// script's word for an identifier or a house ("ଆଧାର", "ફ્લેટ"). Not an
// amount ("ഫാസ്റ്റ് ബോട്ട് - ₹ 25"), nor words ("கரவா சௌத் – விரதம்", a
// festival and its fast).
func (w *window) rowFieldAt(p int) bool {
	if p < 0 || w.priceAt(p) {
		return false
	}
	b := w.byteAt(p)
	if b < 0x80 {
		return isAlnumByte(b) || b == '+' || b == '('
	}
	return chars.IsDigit(w.charAt(p)) || w.idWordAt(p) || w.scriptHouseWordAt(p)
}

// priceAt reports an amount at p: "₹", "Rs" or "INR".
func (w *window) priceAt(p int) bool {
	b := w.byteAt(p)
	return b == 0xE2 && w.byteAt(p+1) == 0x82 && w.byteAt(p+2) == 0xB9 || b == 'R' && w.byteAt(p+1)|0x20 == 's' || b == 'I' && w.byteAt(p+1) == 'N' && w.byteAt(p+2) == 'R'
}

// rareGenitiveAt is scriptPostpositionAt without Hindi's and Punjabi's
// genitives, which follow any noun ("ਕਬੱਡੀ ਕੱਪ ਦਾ", the kabaddi cup's):
// after a family name of a short skeleton ("ਪਾਠ", a reading; "ਕੱਪ", a
// cup) only the rarer ones say it was a name's ("মৌসুমী দাস এর").
func (w *window) rareGenitiveAt(e int) bool {
	return w.postpositionAt(e, rareGenitives)
}

// rareGenitives are scriptPostpositions but Hindi's and Punjabi's genitives.
var rareGenitives = func() map[string]bool {
	m := map[string]bool{}
	for p := range scriptPostpositions {
		switch p {
		case "का", "की", "के", "ਦਾ", "ਦੀ", "ਦੇ":
		default:
			m[p] = true
		}
	}
	return m
}()

// postpositionAt reports a word of set after the space at e, the word
// ending at a space, punctuation or a danda.
func (w *window) postpositionAt(e int, set map[string]bool) bool {
	if w.byteAt(e) != ' ' || w.byteAt(e+1) != 0xE0 {
		return false
	}
	k := e + 1
	for k-e <= maxPostposition+1 && w.byteAt(k) >= 0x80 {
		k++
	}
	if b := w.byteAt(k); b >= 0x80 || isAlnumByte(b) {
		return false
	}
	if k-e > 4 && w.dandaAt(k-3) {
		k -= 3 // "দীক্ষিতা ডেকা ৰ।": the sentence ends after it
	}
	return set[string(w.buf[e+1:min(k, len(w.buf))])]
}

// scriptRelationAt reports one of scriptRelationWords after the name
// that ends at e, one space on.
func (w *window) scriptRelationAt(e int) bool {
	e += w.joinerAt(e)
	if w.byteAt(e) != ' ' || w.byteAt(e+1) != 0xE0 {
		return false
	}
	next, ok := w.scriptWordAt(e + 1)
	return ok && scriptRelationWords[string(w.buf[next.start:next.end])]
}

// mayOpenScriptName is the main loop's quick test of the word of an
// Indian script at [i, j): whether scriptName may read a name there, an
// honorific or a given name opening it, a space (after a dot) and another
// word of a script after it.
func mayOpenScriptName(w *window, i, j int) bool {
	k := j + w.joinerAt(j)
	if k < len(w.buf) && w.buf[k] == '.' {
		k++
	}
	if k+1 >= len(w.buf) && !w.atEOF {
		return true // too little to tell: scriptName asks for more
	}
	if b := w.byteAt(i - 1); b >= 0x80 || isAlnumByte(b) {
		return false
	}
	if k+1 >= len(w.buf) || w.buf[k] != ' ' || w.buf[k+1] != 0xE0 {
		// A given name alone after a word for one: "আমার নাম সুমন"; or
		// after a relation's word: "ಬಿನ್ ನಂಜುಂಡಪ್ಪ 0-20-00".
		if cue := w.scriptCueBefore(i); cue != cueNameWord && cue != cueRelation && cue != cueGreeting && cue != cueSignOff && !(w.byteAt(k) == ':' && w.chatStampBefore(i)) && !w.scriptSignOffBefore(i) {
			return false
		}
		given, _ := names.ScriptName(w.buf[i:j])
		return given
	}
	if scriptHonorificLast.ends(w.buf[i:j]) {
		if _, ok := scriptHonorifics[string(w.buf[i:j])]; ok {
			return true
		}
	}
	if j-i <= maxScriptInitial && k > j && k+1 < len(w.buf) && w.buf[k] == ' ' && w.buf[k+1] == 0xE0 {
		return true // an initial, its dot and the name after it: "ಕೆ. ಎಸ್. ಪ್ರಕಾಶ್"
	}
	if j-i <= 6 {
		return false // two characters at most ("है", "का", "ने"): no name's skeleton is that short
	}
	if w.scriptCueBefore(i) == cueNone && !scriptNameEndWithin(w, j) && !w.scriptSignOffBefore(i) && !latinTitleBefore(w, i) && !latinCueBefore(w, i) && w.byteAt(i-1) != '(' && !nameLineAt(w, i, j) && !w.lineOpensAt(i) && !(w.byteAt(i-1) == '[' && w.bracketOpensSender(i-1)) && !w.itemOpensAt(i) && !w.chatStampBefore(i) && w.byteAt(i-3) != ')' && !(w.byteAt(i-1) == ' ' && w.byteAt(i-2) == ' ') && w.byteAt(i-2) != '/' && !(w.byteAt(i-1) == ' ' && dashEndingAt(w, i-2) > 0) {
		return false // no cue: scriptName would read the words and find none
	}
	var buf [64]byte
	sk, ok := names.Skeleton(w.buf[i:j], buf[:0])
	if !ok {
		return false
	}
	given, family := names.SkeletonName(sk)
	if !given && !family && w.buf[i+1]&^1 == 0xAE { // Tamil (see scriptWordAt)
		var vb [64]byte
		if v, ok := names.TamilClusterVariant(sk, vb[:0]); ok {
			given, family = names.SkeletonName(v) // "பிரியா" (Priya)
		}
	}
	if family && !given && isTelugu(w.buf[i:j]) {
		return true // "కొండపల్లి శ్రీనివాస రావు": scriptName asks for a given name after
	}
	return given || gujaratiKinGiven(w.buf[i:j]) || names.AmbiguousGiven(sk) || // "ಲಕ್ಷ್ಮೀ ಗೌಡ": see scriptName; "ભાવેશભાઈ પટેલ": see scriptWordAt
		j-i >= minShortGivenBytes && !family && names.ShortGiven(sk) // "अजय गोखले": see scriptWordAt
}

// nameLineAt is mayOpenScriptName's quick test of a line (or a row's
// cell) that may be a name alone (see cellAlone): the word at [i, j)
// opens a line or a cell, and only letters of a script and spaces follow
// it to the cell's end, within what a name of maxNameWords takes. Chat lines ("ठीक है, धन्यवाद") fail
// on their punctuation.
func nameLineAt(w *window, i, j int) bool {
	b := w.byteAt(i - 1)
	if b == ' ' && (w.byteAt(i-2) == '|' || w.byteAt(i-2) == '\t') {
		b = '|' // a cell of a row (see cellAlone)
	}
	if b >= 0 && b != '\n' && b != '|' && b != '\t' {
		return false
	}
	for k := j; k-j < 16*maxNameWords; k++ {
		if k >= len(w.buf) {
			return !w.atEOF || k > j
		}
		switch b := w.buf[k]; {
		case b == '\n' || b == '\r' || b == '|' || b == '\t':
			return k > j
		case b != ' ' && b < 0x80:
			return false
		}
	}
	return false
}

// scriptNameEndWithin reports whether one of scriptNameEnds or
// scriptPostpositions, or a bracket, stands among
// the next maxNameWords words of a script after j, one space apart (where
// scriptName would look for it), or whether the buffer ends too soon to
// tell.
func scriptNameEndWithin(w *window, j int) bool {
	buf := w.buf
	p := j
	for range maxNameWords {
		if p+1 >= len(buf) {
			return !w.atEOF
		}
		if buf[p] == ' ' && buf[p+1] == '(' && p > j {
			return true // maybe a role in brackets after a name (see scriptRoleInBracketsAt)
		}
		if buf[p] != ' ' || buf[p+1] != 0xE0 {
			return false
		}
		q := skipIndicLetters(buf, p+1)
		if q+2 >= len(buf) && !w.atEOF {
			return true
		}
		e := q
		if e-p > 4 && w.dandaAt(e-3) {
			e -= 3 // "… ਜੀ।" (see scriptWordAt)
		}
		if scriptNameEndLast.ends(buf[p+1:e]) && scriptNameEnds[string(buf[p+1:e])] || e-p <= maxPostposition+1 && scriptPostpositions[string(buf[p+1:e])] {
			return true
		}
		p = q
	}
	return false
}
