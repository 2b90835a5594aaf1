package names_test

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/kavachpii/kavach/internal/names"
)

func TestLookups(t *testing.T) {
	for _, tt := range []struct {
		word                         string
		given, surname, middle, ambi bool
	}{
		{"Rahul", true, false, false, false},
		{"RAHUL", true, false, false, false},
		{"fathima", true, false, false, false},
		{"Sharma", false, true, false, false},
		{"Kumar", false, true, true, false},
		{"Kaur", false, true, true, false},
		{"Dev", true, false, true, true}, // "Kamal Dev"
		{"Mozilla", false, false, false, false},
		// Mizo given names are compounds: built, not listed.
		{"Lalnunthari", true, false, false, false},
		{"VANLALRUATA", true, false, false, false},
		{"Zothankima", true, false, false, false},
		{"Malsawmtluanga", true, false, false, false},
		{"Malayalam", false, false, false, false},
		{"Lalbagh", false, false, false, false},
		{"Zookeeper", false, false, false, false},
		{"Lalpuia", false, false, false, false}, // too short to be sure
		// Names from outside India, and the everyday words among them.
		{"Emily", true, false, false, false},
		{"Tanaka", false, true, false, false},
		{"Okafor", false, true, false, false},
		{"Brown", false, true, false, true},
		{"Grace", true, false, false, true},
		{"", false, false, false, false},
		{strings.Repeat("a", 40), false, false, false, false},
	} {
		if got := names.Given(tt.word); got != tt.given {
			t.Errorf("Given(%q) = %v", tt.word, got)
		}
		if tt.given && !names.MaybeName([]byte(tt.word)) {
			t.Errorf("MaybeName(%q) = false for a given name", tt.word)
		}
		if got := names.Surname(tt.word); got != tt.surname {
			t.Errorf("Surname(%q) = %v", tt.word, got)
		}
		if got := names.Middle(tt.word); got != tt.middle {
			t.Errorf("Middle(%q) = %v", tt.word, got)
		}
		if got := names.Ambiguous(tt.word); got != tt.ambi {
			t.Errorf("Ambiguous(%q) = %v", tt.word, got)
		}
	}
}

// TestListsAreClean checks every list: lower-case ASCII letters, no
// duplicates; ambiguous names are names.
func TestListsAreClean(t *testing.T) {
	for _, f := range []string{"given.txt", "surnames.txt", "middle.txt", "ambiguous.txt", "intl_given.txt", "intl_surnames.txt", "intl_ambiguous.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, w := range strings.Fields(string(b)) {
			if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" || len(w) < 2 {
				t.Errorf("%s: %q is not a lower-case ASCII word", f, w)
			}
			if seen[w] && f != "surnames.txt" {
				t.Errorf("%s: %q twice", f, w)
			}
			seen[w] = true
			if f == "ambiguous.txt" && !names.Given(w) && !names.Surname(w) {
				t.Errorf("ambiguous %q is neither a given name nor a surname", w)
			}
			if (f == "given.txt" || f == "surnames.txt" || f == "intl_given.txt" || f == "intl_surnames.txt") && !names.MaybeName([]byte(strings.ToUpper(w))) {
				t.Errorf("MaybeName rejects %q of %s", w, f)
			}
		}
	}
}

// TestNoMonthsOrDays keeps calendar words out of the given names.
func TestNoMonthsOrDays(t *testing.T) {
	words := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "will", "mark", "bill", "grant", "rich", "art", "india"}
	sort.Strings(words)
	for _, w := range words {
		if names.Given(w) {
			t.Errorf("%q is a given name", w)
		}
	}
}

// TestWordSurname: the family names from outside India that are
// everyday English words are marked so; India's own are not.
func TestWordSurname(t *testing.T) {
	for w, want := range map[string]bool{"Brown": true, "price": true, "KING": true, "Tanaka": false, "Sharma": false, "Gill": false, "Mark": false} {
		if got := names.WordSurname(w); got != want {
			t.Errorf("WordSurname(%q) = %v", w, got)
		}
	}
}

// TestFromAbroad: the lists from outside India are told apart from
// India's own, a name in both being India's.
func TestFromAbroad(t *testing.T) {
	for w, want := range map[string]bool{"Gomez": true, "tanaka": true, "Emily": true, "Sharma": false, "Rahul": false, "Joseph": false} {
		if got := names.FromAbroad(w); got != want {
			t.Errorf("FromAbroad(%q) = %v", w, got)
		}
	}
}

func ExampleGiven() {
	fmt.Println(names.Given("Priya"), names.Given("Mozilla"))
	// Output: true false
}

func FuzzGiven(f *testing.F) {
	for _, s := range []string{"Rahul", "RAHUL", "", "é", "a\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if (names.Given(s) || names.Surname(s)) && !names.MaybeName([]byte(s)) {
			t.Fatalf("Given(%q) or Surname but MaybeName says no", s)
		}
	})
}

// FuzzKnown checks Known against the three calls it stands for.
func FuzzKnown(f *testing.F) {
	for _, s := range []string{"Rahul", "KUMAR", "Lalrinpuii", "DocumentService", "", "a", "Ra\x00ul", "ÉMILE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := names.MaybeName([]byte(s)) && (names.Given(s) || names.Surname(s))
		if got := names.Known([]byte(s)); got != want {
			t.Fatalf("Known(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestMaybeNameFilters checks that the filter lets few other words by.
func TestMaybeNameFilters(t *testing.T) {
	pass := 0
	words := strings.Fields("Mozilla Windows AppleWebKit Gecko Chrome Safari DEBUG INFO WARN ERROR GET POST HTTP " +
		"Service Client Verifier Document Controller Handler Exception Error Started Application Payment Order " +
		"Customer Refund Settings Overview Status Pending Refunded Paid Created Amount Mobile Email Name")
	for _, w := range words {
		if names.MaybeName([]byte(w)) {
			pass++
		}
	}
	if pass > 2 {
		t.Errorf("%d of %d common words pass MaybeName", pass, len(words))
	}
}

// TestEveryListedNameFound reads every given and family name back through
// Given and Surname, past the filter they ask first.
func TestEveryListedNameFound(t *testing.T) {
	for f, found := range map[string]func(string) bool{"given.txt": names.Given, "surnames.txt": names.Surname, "intl_given.txt": names.Given, "intl_surnames.txt": names.Surname} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(string(b)) {
			if !found(w) || !found(strings.ToUpper(w)) || !names.Known([]byte(w)) || !names.Known([]byte(strings.ToUpper(w))) {
				t.Errorf("%s: %q not found", f, w)
			}
			if (f == "given.txt" || f == "intl_given.txt") && len(w) >= 3 && !names.MayOpenGiven(w[0], w[1], w[2]) {
				t.Errorf("%s: MayOpenGiven rules out %q", f, w)
			}
		}
	}
}

// TestMayOpenGiven: the openings of given names, built Mizo names', and
// not words no name opens like.
func TestMayOpenGiven(t *testing.T) {
	for _, w := range []string{"rahul", "nirali", "lalnunthari", "zoramthanga"} {
		if !names.MayOpenGiven(w[0], w[1], w[2]) {
			t.Errorf("MayOpenGiven(%q) = false", w)
		}
	}
	for _, w := range []string{"qqq", "xyz", "Rah", "ra1"} {
		if names.MayOpenGiven(w[0], w[1], w[2]) {
			t.Errorf("MayOpenGiven(%q) = true", w)
		}
	}
}

func BenchmarkGiven(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		names.Given("Fathima")
		names.Given("Mozilla")
	}
}
