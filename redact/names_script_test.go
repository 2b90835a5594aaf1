package redact_test

import "testing"

// TestScriptNamesCued: a name in an Indian script without a label, where
// an honorific or a word that follows only people says so.
func TestScriptNamesCued(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"an honorific, Hindi", "आज श्री रमेश चंद्र गुप्ता आए थे।", "आज श्री XXXX XXXXX XXXXXX आए थे।"},
		{"an honorific, Bengali", "শ্রীমতী রুমা বিশ্বাস এসেছিলেন।", "শ্রীমতী XXXX XXXXXXX এসেছিলেন।"},
		{"an honorific with a dot, Tamil", "திரு. செந்தில் குமார் வந்தார்", "திரு. XXXXXXXX XXXXXX வந்தார்"},
		{"a respectful suffix", "कल सुनीता देवी जी का फोन आया।", "कल XXXXXX XXXX जी का फोन आया।"},
		{"son of, both names", "राजेश तिवारी पुत्र सुरेश तिवारी", "XXXXX XXXXXX पुत्र XXXXX XXXXXX"},
		{"a land record's son of, one word a name", "3 ಮಂಜುನಾಥ ಬಿನ್ ನಂಜುಂಡಪ್ಪ 0-20-00", "3 XXXXXXX ಬಿನ್ XXXXXXXXX 0-20-00"},
		{"son of, one word a name, Hindi", "मंजुनाथ पुत्र रमेश", "XXXXXXX पुत्र XXXX"},
		{"a genitive's ending after a dash is no name", "വർഗീസ് ജോൺ - യുടെ മകൻ", "വർഗീസ് ജോൺ - യുടെ മകൻ"},
		{"son or daughter of", "राजेश तिवारी पुत्र/पुत्री श्री सुनीता देवी, निवासी", "XXXXX XXXXXX पुत्र/पुत्री श्री XXXXXX XXXX, निवासी"},
		{"a label, a relation, the late father", "खातेदार का नाम: शिवकुमार तिवारी पुत्र स्व. रामनरेश", "खातेदार का नाम: XXXXXXXX XXXXXX पुत्र स्व. XXXXXXX"},
		{"a word for a name, no colon", "मेरा नाम राकेश शर्मा है। मेरा नाम राकेश है", "मेरा नाम XXXXX XXXXX है। मेरा नाम XXXXX है"},
		{"a word for a name, then a word the gazetteer lacks up to the clause's end", "என் பெயர் கார்த்திக் முருகன், கைபேசி\nमेरा नाम राहुल झुनझुनवाला, ok\nमेरा नाम राहुल है।",
			"என் பெயர் XXXXXXXXXX XXXXXXX, கைபேசி\nमेरा नाम XXXXX XXXXXXXXXX, ok\nमेरा नाम XXXXX है।"},
		{"a rank's abbreviation before a name after its label", "जाँच अधिकारी / Investigating Officer: उ.नि. सुनील कुमार सिंह", "जाँच अधिकारी / Investigating Officer: उ.नि. XXXXX XXXXX XXXX"},
		{"an Aadhaar letter's son of, as a label", "आत्मज: सुरेश यादव, 23, गांधी नगर", "आत्मज: XXXXX XXXX, 23, गांधी नगर"},
		{"an Aadhaar letter's son of, between names", "रमेश कुमार यादव आत्मज सुरेश यादव", "XXXX XXXXX XXXX आत्मज XXXXX XXXX"},
		{"a label's note in brackets before the name", "छात्रा का नाम (हिंदी में) अदिति शर्मा", "छात्रा का नाम (हिंदी में) XXXXX XXXXX"},
		{"a non-joiner after a virama: in a relation's word, in a label", "3 ಮಂಜುನಾಥ ಬಿನ್\u200c ನಂಜುಂಡಪ್ಪ 0-20-00\nപേര്\u200c: അനിത ജോസഫ്", "3 XXXXXXX ಬಿನ್\u200c XXXXXXXXX 0-20-00\nപേര്\u200c: XXXX XXXXX"},
		{"a statement's I, then a full name", "मैं रमेश चन्द्र यादव उपरोक्त पते का निवासी हूँ", "मैं XXXX XXXXXX XXXX उपरोक्त पते का निवासी हूँ"},
		{"I and an everyday word that is a given name: no name", "मैं आशा करता हूँ। मैं राम हूँ।", "मैं आशा करता हूँ। मैं राम हूँ।"},
		{"a word for a name, Bengali", "আমার নাম সুমন", "আমার নাম XXXX"},
		{"a role's word before a given name and a family name, no colon", "ગ્રાહક નિશા પંડ્યા નું સરનામું\nరోగి శిరీష చౌదరి, పుట్టిన\nਪ੍ਰਬੰਧਕ ਗੁਰਪ੍ਰੀਤ ਸਿੱਧੂ ਨਾਲ",
			"ગ્રાહક XXXX XXXXXX નું સરનામું\nరోగి XXXXX XXXXX, పుట్టిన\nਪ੍ਰਬੰਧਕ XXXXXXXX XXXXX ਨਾਲ"},
		{"a danda ends a sentence's last word, in every script", "ਧੰਨਵਾਦ ਮਨਦੀਪ ਗਰੇਵਾਲ ਜੀ। ਪ੍ਰਬੰਧਕ\nআমার নাম অরিন্দম ঘোষ। পাসপোর্ট\nगवाह: मनोज शर्मा।",
			"ਧੰਨਵਾਦ XXXXX XXXXXX ਜੀ। ਪ੍ਰਬੰਧਕ\nআমার নাম XXXXXXX XXX। পাসপোর্ট\nगवाह: XXXX XXXXX।"},
		{"a role's word before a given name alone: no name", "ग्राहक सुनीता आई थी", "ग्राहक सुनीता आई थी"},
		{"a bilingual label, its English half last", "ਨਾਮ / Name ਗੁਰਬਚਨ ਸਿੰਘ ਗਿੱਲ\nRename ਕਰਤਾਰ ਸਿੰਘ", "ਨਾਮ / Name XXXXXX XXXX XXXX\nRename ਕਰਤਾਰ ਸਿੰਘ"},
		{"a name then a little word", "राकेश शर्मा ने कहा", "XXXXX XXXXX ने कहा"},
		{"a line of its own ending in a family name, as on a card", "भारत सरकार\nसुरेश कुमार पाटील\nSuresh Kumar Patil\n", "भारत सरकार\nXXXXX XXXXX XXXXX\nXXXXXX XXXXX XXXXX\n"},
		{"a short family name last on its line, as in a contacts list", "সুমন দাস\nসুমন দাস আসবে\n", "XXXX XXX\nসুমন দাস আসবে\n"},
		{"a short family name a place's word spells too, alone on its line, a joiner after it", "ರಾಘವೇಂದ್ರ ಭಟ್\u200c\nರಾಘವೇಂದ್ರ ಭಟ್\n", "XXXXXXXXX XXX\u200c\nXXXXXXXXX XXX\n"},
		{"a given name that is an everyday word too, before a family name", "ಲಕ್ಷ್ಮೀ ಗೌಡ\nलक्ष्मी पूजा की शुभकामनाएं\n", "XXXXXXX XXX\nलक्ष्मी पूजा की शुभकामनाएं\n"},
		{"a father's given name for a family name, a line of its own, OCR's joiners", "குடும்ப உறுப்பினர்கள்\u200c\nமுருகேசன்\u200c செல்வராஜ்\u200c\nமுருகேசன் செல்வராஜ் வந்தார்\n", "குடும்ப உறுப்பினர்கள்\u200c\nXXXXXXXXX\u200c XXXXXXXXX\u200c\nமுருகேசன் செல்வராஜ் வந்தார்\n"},
		{"initials before a given name", "ಕೆ. ಎಸ್\u200c. ಪ್ರಕಾಶ್\u200c\nके. एस. प्रकाश ने कहा\nपृ. ४२. अध्याय", "XX. XXX\u200c. XXXXXXX\u200c\nXX. XX. XXXXXX ने कहा\nपृ. ४२. अध्याय"},
		{"a numbered list's item, its fields parted by a dash, two spaces or a pipe",
			"1. ਗੁਰਜੀਤ ਸਿੰਘ ਗਿੱਲ — ਪਿੰਡ ਧਨੌਲ\n२. गीता देवी  पत्नी अनिल\n  1) ସୀତାକାନ୍ତ ବେହେରା | ଜନ୍ମ ତାରିଖ\n4  രാഘവൻ പിള്ള  വാർദ്ധക്യ",
			"1. XXXXXX XXXX XXXX — ਪਿੰਡ ਧਨੌਲ\n२. XXXX XXXX  पत्नी XXXX\n  1) XXXXXXXXX XXXXXX | ଜନ୍ମ ତାରିଖ\n4  XXXXX XXXXX  വാർദ്ധക്യ"},
		{"a name opening its line before a possessive and what a person holds", "अमित वर्मा की जन्म तिथि\nঅনির্বাণ দাস-এর ভোটার কার্ড", "XXXX XXXXX की जन्म तिथि\nXXXXXXXX XXX-এর ভোটার কার্ড"},
		{"common family names whose skeletons a place's word shares", "ഞാൻ രമ്യ മേനോൻ, വീട്\nअमित वर्मा\n", "ഞാൻ XXXX XXXXX, വീട്\nXXXX XXXXX\n"},
		{"a label's value, a given name and a family name filling it", "आवेदक: कमलेश तिवारी, मोबाइल\nనామినీ: స్వాతి వర్మ (తల్లి)\nग्राहक: मनोज यादव  मोबाइल", "आवेदक: XXXXX XXXXXX, मोबाइल\nనామినీ: XXXXXX XXXX (తల్లి)\nग्राहक: XXXX XXXX  मोबाइल"},
		{"a chat export's sender after its time stamp", "[11:30] సుజాత: నమస్తే సార\n05/03/2026, 9:24 pm - ഗോപിക പിള്ള: നാട്ടിലെ\n[12:13] ठीक है", "[11:30] XXXXX: నమస్తే సార\n05/03/2026, 9:24 pm - XXXXX XXXXX: നാട്ടിലെ\n[12:13] ठीक है"},
		{"a father's or a husband's word, a name and a comma, as S/O", "আমি সায়ন দে, পিতা সুভজিৎ দে, ঠিকানা\nଇତିଶ୍ରୀ, ପିତା ଚିନ୍ମୟ ମହାନ୍ତି, ଠିକଣା\nपिता का नाम", "আমি XXXXX XX, পিতা XXXXXX XX, ঠিকানা\nଇତିଶ୍ରୀ, ପିତା XXXXXX XXXXXXX, ଠିକଣା\nपिता का नाम"},
		{"a greeting, the name and its comma", "प्रिय सुनीता, आपका चयन\nनमस्कार अश्विनी शिंदे, आपल्या\nಆತ್ಮೀಯ ಪ್ರಕಾಶ್ ನಾಯಕ್, ನಿಮ್ಮ\nनमस्ते भैया, राशन\nনমস্কার স্যার,", "प्रिय XXXXXX, आपका चयन\nनमस्कार XXXXXXX XXXXX, आपल्या\nಆತ್ಮೀಯ XXXXXXX XXXXX, ನಿಮ್ಮ\nनमस्ते भैया, राशन\nনমস্কার স্যার,"},
		{"an initial after a name's label", "பெயர்: க. லட்சுமி\n", "பெயர்: X. XXXXXXX\n"},
		// No cue, or a cue before what is not a person's name.
		{"a label's value that is no one's name", "विषय: बिजली बिल\nकार्यक्रम: भजन संध्या\n", "विषय: बिजली बिल\nकार्यक्रम: भजन संध्या\n"},
		{"a title or a list's heading, not numbered; a house's owner; I and my", "ਲੰਗਰ ਸੇਵਾ — ਐਤਵਾਰ\nबिजली कटौती सूचना - 03/05/2025\nमकान मालिक का नाम\nमैं अपने पुत्र का नाम", "ਲੰਗਰ ਸੇਵਾ — ਐਤਵਾਰ\nबिजली कटौती सूचना - 03/05/2025\nमकान मालिक का नाम\nमैं अपने पुत्र का नाम"},
		{"two words that read as names, no cue", "जाति प्रमाण पत्र", "जाति प्रमाण पत्र"},
		{"a given name and a place", "शिवाजी नगर में रहते हैं", "शिवाजी नगर में रहते हैं"},
		{"a word for a name before no name", "नाम बदलें", "नाम बदलें"},
		{"a shop", "श्री अंबिका ट्रेडर्स", "श्री अंबिका ट्रेडर्स"},
		{"a prayer", "|| श्री गणेशाय नमः ||", "|| श्री गणेशाय नमः ||"},
		{"an honorific alone", "श्री\nश्री राम", "श्री\nश्री राम"},
		{"a form's title on a line of its own", "ಸೇವಾ ಸಿಂಧು ಅರ್ಜಿ\nठीक है, धन्यवाद\n", "ಸೇವಾ ಸಿಂಧು ಅರ್ಜಿ\nठीक है, धन्यवाद\n"},
		{"a short form that needs its dot", "ಟ್ರಿಸ್ತನ್ ಡಾ ಕುನ್ಹಾ ದ್ವೀಪ; ಡಾ. ರಾಜೇಶ್ ಶರ್ಮ", "ಟ್ರಿಸ್ತನ್ ಡಾ ಕುನ್ಹಾ ದ್ವೀಪ; ಡಾ. XXXXXX XXXX"},
	} {
		t.Run(tt.name, func(t *testing.T) { expectRedacted(t, tt.in, tt.want) })
	}
}
