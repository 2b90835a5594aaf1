package names

import "testing"

// TestSkeletonsMeet: a name in an Indian script and its usual Latin
// spellings have one skeleton.
func TestSkeletonsMeet(t *testing.T) {
	for _, tt := range []struct {
		script string
		latin  []string
	}{
		{"सुनीता", []string{"sunita", "suneeta"}},
		{"देवी", []string{"devi"}},
		{"रमेश", []string{"ramesh"}},
		{"राजकुमार", []string{"rajkumar"}},
		{"कृष्ण", []string{"krishna", "krishn"}},
		{"लक्ष्मी", []string{"lakshmi", "laxmi"}},
		{"शंभु", []string{"shambhu"}},
		{"वैशाली", []string{"vaishali"}},
		{"गौरव", []string{"gaurav"}},
		{"प्रिया", []string{"priya"}},
		{"विजय", []string{"vijay"}},
		{"यादव", []string{"yadav"}},
		{"पूनम", []string{"poonam", "punam"}},
		{"মোহন", []string{"mohan"}},                // Bengali
		{"বিশ্বাস", []string{"biswas", "bishwas"}}, // Bengali ব for v
		{"বিকাশ", []string{"bikash", "vikas"}},
		{"ਗੁਰਪ੍ਰੀਤ", []string{"gurpreet"}},  // Gurmukhi
		{"સુરેશ", []string{"suresh"}},       // Gujarati
		{"ସୁଭଶ୍ରୀ", []string{"subhashree"}}, // Odia
		{"செந்தில்", []string{"senthil"}},   // Tamil, no voiced letters
		{"கணேசன்", []string{"ganesan"}},
		{"அழகு", []string{"azhagu"}},
		{"శ్రీనివాస్", []string{"srinivas"}},          // Telugu
		{"ರಾಘವೇಂದ್ರ", []string{"raghavendra"}},        // Kannada
		{"സുരേഷ്", []string{"suresh"}},                // Malayalam
		{"അനിൽ", []string{"anil"}},                    // Malayalam's chillu ൽ
		{"মৌমিতা", []string{"moumita", "maumita"}},    // Bengali's ৌ written "ou"
		{"ராமசாமி", []string{"ramasamy", "ramasami"}}, // a last y after a consonant
		{"অজয়", []string{"ajay"}},                    // and after a vowel
	} {
		var a, b [skeletonMax]byte
		sk, ok := Skeleton([]byte(tt.script), a[:0])
		if !ok {
			t.Errorf("Skeleton(%q) not read", tt.script)
			continue
		}
		for _, l := range tt.latin {
			if got := LatinSkeleton(l, b[:0]); string(got) != string(sk) {
				t.Errorf("%s: %q, %s: %q", tt.script, sk, l, got)
			}
		}
	}
}

// TestSkeletonVariants: the other skeletons of a Latin spelling meet the
// scripts' spellings that LatinSkeleton's does not; a name without such
// a spelling has none.
func TestSkeletonVariants(t *testing.T) {
	for _, tt := range []struct{ latin, script string }{
		{"singh", "सिंह"},
		{"gaikwad", "गायकवाड"},
		{"swain", "ସ୍ୱାଇଁ"},
		{"jaswinder", "ਜਸਵਿੰਦਰ"},
		{"pandian", "பாண்டியன்"},
		{"kurian", "കുര്യൻ"},
		{"rao", "రావు"},
		{"rao", "ರಾವ್"},
		{"joseph", "ജോസഫ്"},
		{"mathew", "മാത്യു"},
		{"meenakshi", "மீனாட்சி"},
		{"lakshmi", "லட்சுமி"},
		{"mukherjee", "মুখার্জি"},
	} {
		var a [skeletonMax]byte
		want, _ := Skeleton([]byte(tt.script), a[:0])
		found := false
		LatinSkeletonVariants(tt.latin, func(v []byte) { found = found || string(v) == string(want) })
		if !found {
			t.Errorf("no skeleton of %q is %s's %q", tt.latin, tt.script, want)
		}
	}
	var c [skeletonMax]byte
	sangh, _ := Skeleton([]byte("সংঘ"), c[:0])
	if got := LatinSkeleton("sangh", c[:0]); string(got) != string(sangh) {
		t.Errorf("LatinSkeleton(sangh) = %q; want %q", got, sangh)
	}
	LatinSkeletonVariants("ravi", func(v []byte) { t.Errorf("ravi has a variant %q", v) })
	if _, family := ScriptName([]byte("सिंह")); !family {
		t.Error("सिंह is no family name")
	}
}

// TestNoSkeletonsFromAbroad: names from outside India are read in Latin
// letters only; the scripts' words that share their skeletons are no
// names ("ओकाफोर" would be Okafor's).
func TestNoSkeletonsFromAbroad(t *testing.T) {
	for _, w := range []string{"ओकाफोर", "ओकोंक्वो", "यामामोटो"} {
		if given, family := ScriptName([]byte(w)); given || family {
			t.Errorf("ScriptName(%q) = %v, %v", w, given, family)
		}
	}
}

// TestSkeletonRejects: digits, Latin letters and two scripts in one word
// are no word of a script.
func TestSkeletonRejects(t *testing.T) {
	for _, w := range []string{"", "राम1", "रामa", "राম", "२०२४", "ram", "राम "} {
		var a [skeletonMax]byte
		if _, ok := Skeleton([]byte(w), a[:0]); ok {
			t.Errorf("Skeleton(%q) read", w)
		}
	}
}

func TestScriptName(t *testing.T) {
	for _, tt := range []struct {
		word          string
		given, family bool
	}{
		{"सुनीता", true, false},
		{"देवी", true, true},  // Debi, a given name, shares its skeleton
		{"शर्मा", true, true}, // as Sharmi does
		{"রুমা", true, false},
		{"বিশ্বাস", true, true},
		{"नाम", false, false},    // "name": too short a skeleton
		{"शिकायत", false, false}, // "complaint"
		{"ਗਿੱਲ", true, true},     // Gill, an English word in Latin letters only (a given name's skeleton too)
	} {
		g, f := ScriptName([]byte(tt.word))
		if g != tt.given || f != tt.family {
			t.Errorf("ScriptName(%q) = %v, %v; want %v, %v", tt.word, g, f, tt.given, tt.family)
		}
	}
}

// FuzzSkeleton: any bytes, no panic; a skeleton read is lower-case
// letters, no longer than skeletonMax; a Latin skeleton likewise.
func FuzzSkeleton(f *testing.F) {
	for _, s := range []string{"सुनीता", "বিশ্বাস", "அனில்", "राम1", "\xe0\xa4", "ram", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var a [skeletonMax]byte
		k, ok := Skeleton([]byte(s), a[:0])
		if ok && (len(k) == 0 || len(k) > skeletonMax) {
			t.Fatalf("Skeleton(%q) = %q", s, k)
		}
		for _, c := range k {
			if c < 'a' || c > 'z' {
				t.Fatalf("Skeleton(%q) = %q", s, k)
			}
		}
		var b [2 * maxLen]byte
		if len(s) <= maxLen {
			for _, c := range LatinSkeleton(s, b[:0]) {
				if c < 'a' || c > 'z' {
					t.Fatalf("LatinSkeleton(%q) has %q", s, c)
				}
			}
		}
	})
}

// TestTamilClusterVariant: Tamil's i between a consonant and r dropped,
// its spelling meets the Latin one.
func TestTamilClusterVariant(t *testing.T) {
	for _, tt := range []struct{ script, latin string }{
		{"பிரியா", "priya"},
		{"ராஜேந்திரன்", "rajendran"},
		{"சந்திரன்", "chandran"},
	} {
		var a, b, c [skeletonMax]byte
		k, _ := Skeleton([]byte(tt.script), a[:0])
		v, ok := TamilClusterVariant(k, b[:0])
		if want := LatinSkeleton(tt.latin, c[:0]); !ok || string(v) != string(want) {
			t.Errorf("TamilClusterVariant(%s) = %q, %v; want %q", tt.script, v, ok, want)
		}
	}
}

// TestYaPhalaVariant: Bengali's ya-phala dropped, its spelling meets the
// Latin one; a word with none has no variant.
func TestYaPhalaVariant(t *testing.T) {
	for _, tt := range []struct{ script, latin string }{
		{"চ্যাটার্জী", "chatterjee"},
		{"ব্যানার্জি", "banerji"},
	} {
		var b [skeletonMax]byte
		v, ok := YaPhalaVariant([]byte(tt.script), b[:0])
		found := false
		LatinSkeletonVariants(tt.latin, func(k []byte) { found = found || string(k) == string(v) })
		if c := LatinSkeleton(tt.latin, nil); !ok || !found && string(c) != string(v) {
			t.Errorf("YaPhalaVariant(%s) = %q, %v; want a skeleton of %s", tt.script, v, ok, tt.latin)
		}
	}
	if _, ok := YaPhalaVariant([]byte("মুখার্জী"), nil); ok {
		t.Error("a word with no ya-phala has a variant")
	}
}
