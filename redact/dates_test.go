package redact_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

func TestDatesOfBirth(t *testing.T) {
	r := mustNew(t)
	for _, c := range []struct {
		text, value string
	}{
		{"DOB: 14 Aug 1990", "14 Aug 1990"},
		{"dob september 15, 2023, weight 14 kg", "september 15, 2023"}, // a month in lower case, as people type one
		{"dob 4-August-1985.", "4-August-1985"},
		{"date of birth 14 Aug, 1990 ok", "14 Aug, 1990"},
		{"born on 1 Jan 2001", "1 Jan 2001"},
		{"dob: 14/08/1990", "14/08/1990"},
		{"D.O.B 1990-08-14", "1990-08-14"},
		{"जन्म तिथि 14.08.1990", "14.08.1990"},
		{`"dateOfBirth":"19900814"`, "19900814"},
		// Ordinal days and the month first.
		{"DOB: 14th Aug 1990", "14th Aug 1990"},
		{"born on the 1st of January, 2001", "1st of January, 2001"},
		{"Date of Birth: August 14, 1990", "August 14, 1990"},
		{"dob Aug. 3rd 1985", "Aug. 3rd 1985"},
		{"birth date: Sep-22-1979", "Sep-22-1979"},
		{"DOB: JAN 01, 1990", "JAN 01, 1990"}, // a month in capitals
		{"DOB: 06AUG93  SEX: F", "06AUG93"},   // glued, as manifests write it
		{"date of birth 22JAN1984", "22JAN1984"},
		{"Age/DOB: 52 / 13-Jan-1984", "13-Jan-1984"},       // a label's alternatives, the values in their order
		{"4. Date of Birth: 19 02 1956\n5.", "19 02 1956"}, // a form's boxes, copied out with spaces
		{"AGENT: please tell me your date of birth.\nCUSTOMER: It is March 17, 1988.", "March 17, 1988"},
		{"Age / Date of Birth - 46/ 03-09-1984", "03-09-1984"},
		{"DOB: SEPTEMBER 5, 1987", "SEPTEMBER 5, 1987"},
		{"DOB: 1ST JAN 1990", "1ST JAN 1990"}, // an ordinal day in capitals
		{"DOB: 01/JAN/1990", "01/JAN/1990"},   // slashes, not an access log's "15/Nov/2026:00:41:14"
		// A two-digit year.
		{"D.O.B: 14-08-90", "14-08-90"},
		{"dob 1.8.90 ok", "1.8.90"},
		// The month in Devanagari.
		{"मेरी जन्मतिथि 12 अप्रैल 1986 है", "12 अप्रैल 1986"},
		{"जन्म तारीख: 5 सप्टेंबर 1990", "5 सप्टेंबर 1990"},
		{"janam tithi 02/10/2005 hai", "02/10/2005"},
		{"Tareekh-e-paidaish 12.08.1998 (umr 26 saal)", "12.08.1998"}, // Urdu in Latin letters
		// The birth word speaks for the first date after it, not the next.
		{"DOB 15-Apr-2000, admitted via casualty on 2025-08-01.", "15-Apr-2000"},
		// A date serialised with a midnight time, its time included.
		{"&{Name:x DOB:1979-12-05 00:00:00 +0000 UTC Status:PENDING}", "1979-12-05 00:00:00 +0000 UTC"},
		{"  dob: ISODate('1980-04-02T00:00:00.000Z'),", "1980-04-02T00:00:00.000Z"},
		{`{"dateOfBirth":"1990-05-14T00:00:00+05:30"}`, "1990-05-14T00:00:00+05:30"},
		{`{"dob":"1990-05-13T18:30:00.000Z"}`, "1990-05-13T18:30:00.000Z"}, // midnight in India, in UTC
		{"dob=1988-01-04 00:00", "1988-01-04 00:00"},
		{"3. Date of birth :: 23.05.1958", "23.05.1958"}, // a doubled colon, as an OCR'd form has it
	} {
		_, fs := r.String(c.text)
		require.Len(t, fs, 1, c.text)
		require.Equal(t, redact.DateOfBirth, fs[0].Kind)
		require.Equal(t, c.value, c.text[fs[0].Start:fs[0].End])
		checkStream(t, redact.Options{}, c.text)
	}
	for _, s := range []string{
		"meeting on 14 Aug 1990",        // no birth word
		"[15/Nov/2026:00:41:14 +0530]",  // an access-log timestamp
		"dob 15-Nov-2026:00:41",         // a timestamp, even after "dob"
		"2026-11-15 00:41:09,913 dob=x", // a log timestamp is no birth date
		"2026-11-15 00:00:00,913 dob=x", // at midnight too
		"dob=1990-05-14T10:30:00Z",      // a time of day: an event's, not a birth's
		`"due_date":"2028-04-19","dob":"x"`,
		"dob 4-Augustus-1985",        // not a month
		"dob 32 Aug 1990",            // not a day
		"meeting on August 14, 1990", // no birth word
		"dob: 14th Augus 1990",       // not a month
		"dob March 2nd",              // no year
		"dob 31st Dec 1899",          // no plausible year
		"dob [15NOV2026:00:41:14]",   // a log's time, glued
		"dob 06AUG1875",              // no plausible year
	} {
		_, fs := r.String(s)
		require.Empty(t, fs, s)
	}
}

// TestDateMasksMonthInAnyScript: a date of birth loses its month's
// letters in any script, as it does in English.
func TestDateMasksMonthInAnyScript(t *testing.T) {
	r := mustNew(t)
	got, _ := r.String("जन्मतिथि 12 अप्रैल 1986")
	require.Equal(t, "जन्मतिथि XX XXXXXX XXXX", got)
	got, _ = r.String("DOB: 14 Aug 1990")
	require.Equal(t, "DOB: XX XXX XXXX", got)
}

// TestBirthWordSpeaksForTheNearerDate: a date between a word for birth
// and a later date takes the word, in a script's digits as in ASCII ones;
// the later date, a death's, has none left.
func TestBirthWordSpeaksForTheNearerDate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"রিনা (জন্ম তারিখ ১৩-০২-১৯৫৯) গত ০৪.০৫.২০২৬ পরলোকগমন", "রিনা (জন্ম তারিখ XX-XX-XXXX) গত ০৪.০৫.২০২৬ পরলোকগমন"},
		{"She (date of birth 13-02-1959) passed away on 04.05.2026", "She (date of birth XX-XX-XXXX) passed away on 04.05.2026"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}
