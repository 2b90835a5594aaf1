package validators

// A payment card number (PAN, ISO/IEC 7812-1) is 12 to 19 digits: an
// issuer identification number (IIN) of six or eight digits, the account
// number, and a final Luhn check digit. People write it grouped 4-4-4-4,
// 4-6-5 (American Express) or 4-4-4-4-3, with spaces or hyphens.
//
// kavach accepts a number when it has 12 to 19 digits, passes Luhn, and
// its IIN falls in a range below with a length that network issues. The
// ranges follow Wikipedia's "Payment card number" table (the networks'
// own documents are not public), widened where sources disagree, since a
// missed card number leaks and a false one only over-redacts:
//
//	American Express  34, 37                                     15
//	Diners Club       30, 36, 38, 39                             14–19
//	JCB               3528–3589                                  16–19
//	Mir               2200–2204                                  16–19
//	Mastercard        2221–2720, 51–55                           16
//	Visa              4                                          13, 16, 19
//	RuPay             508500–508999, 606985–607984,              16
//	                  608001–608500, 652100–653149, 81, 82,
//	                  then the rest of 508 and of 60
//	Discover          6011, 644–649, 65 (but RuPay's 6521–6531)  16–19
//	UnionPay          62                                         16–19
//	Maestro           50, 56–69                                  12–19
//
// The first row that matches both the IIN and the length names the
// network. Sources and settled choices:
//   - RuPay: Wikipedia lists 60, 65, 81, 82, 508, 353 and 356; the exact
//     ranges 508500–508999, 606985–607984, 608001–608500 and
//     652150–653149 are those published in payment SDKs (NPCI issues no
//     public list), and 6521–6522 come from Wikipedia. The rest of 65 is
//     Discover's, on which RuPay cards are co-branded, and is named
//     "Discover". 353 and 356 are JCB's ranges, co-branded RuPay–JCB
//     cards among them, and are named "JCB".
//   - Diners Club: Wikipedia now lists all of 30 (once 300–305 and 3095)
//     with lengths 14–19; the wider set is used.
//   - Maestro: today's Wikipedia lists a few four-digit prefixes (5018,
//     5020, 6304, 6759…); its older, wider 50 and 56–69 is used, for
//     recall.
//   - Discover's co-branded UnionPay range 622126–622925 is named
//     "UnionPay", the issuer's brand.
//   - left out: UATP (any 15 digits starting with 1, too broad to tell from
//     other numbers), and small national networks outside India (Verve,
//     Troy, UzCard, Humo, Napas, BORICA, GPN's non-6 ranges).
const (
	cardMinLen = 12
	cardMaxLen = 19
)

var (
	errCardLength        = newErr("card", "must have 12 to 19 digits", ErrLength)
	errCardNetworkLength = newErr("card", "wrong length for the issuer's network", ErrLength)
	errCardFormat        = newErr("card", "only digits, spaces and hyphens allowed", ErrFormat)
	errCardIIN           = newErr("card", "issuer (IIN) range of no known network", ErrUnknownCode)
	errCardChecksum      = newErr("card", "Luhn check digit mismatch", ErrChecksum)
)

// cardLens is a set of card lengths, bit n for n digits.
type cardLens uint32

func lens(ns ...int) (l cardLens) {
	for _, n := range ns {
		l |= 1 << n
	}
	return l
}

func lenRange(lo, hi int) (l cardLens) {
	for n := lo; n <= hi; n++ {
		l |= 1 << n
	}
	return l
}

// cardRange is a span of six-digit IIN prefixes, lo to hi inclusive.
type cardRange struct {
	lo, hi  uint32
	lens    cardLens
	network string
}

// cardRanges is searched in order; the first range matching both the
// prefix and the length wins, so the narrow ranges come first.
var cardRanges = [...]cardRange{
	{340000, 349999, lens(15), "American Express"},
	{370000, 379999, lens(15), "American Express"},
	{300000, 309999, lenRange(14, 19), "Diners Club"},
	{360000, 369999, lenRange(14, 19), "Diners Club"},
	{380000, 399999, lenRange(14, 19), "Diners Club"},
	{352800, 358999, lenRange(16, 19), "JCB"},
	{220000, 220499, lenRange(16, 19), "Mir"},
	{222100, 272099, lens(16), "Mastercard"},
	{510000, 559999, lens(16), "Mastercard"},
	{400000, 499999, lens(13, 16, 19), "Visa"},
	{508500, 508999, lens(16), "RuPay"},
	{606985, 607984, lens(16), "RuPay"},
	{608001, 608500, lens(16), "RuPay"},
	{652100, 653149, lens(16), "RuPay"},
	{810000, 829999, lens(16), "RuPay"},
	{601100, 601199, lenRange(16, 19), "Discover"},
	{644000, 659999, lenRange(16, 19), "Discover"},
	{620000, 629999, lenRange(16, 19), "UnionPay"},
	{508000, 508999, lens(16), "RuPay"},
	{600000, 609999, lens(16), "RuPay"},
	{500000, 509999, lenRange(12, 19), "Maestro"},
	{560000, 699999, lenRange(12, 19), "Maestro"},
}

// Card checks a payment card number as people write it: 12 to 19 digits in
// any supported script, grouped by spaces or hyphens as they like
// ("4111 1111 1111 1111", "3782-822463-10005"). It returns ErrUnknownCode
// when the IIN belongs to none of the networks [CardNetwork] names (their
// ranges and sources are listed in card.go), ErrLength when it does but
// the network issues no number of that length, and ErrChecksum when the
// Luhn digit is wrong.
func Card(s string) error {
	var buf [cardMaxLen]byte
	n, ok := compactDigits(buf[:], s)
	switch {
	case !ok:
		return errCardFormat
	case n < cardMinLen || n > cardMaxLen:
		return errCardLength
	}
	i, known := cardLookup(&buf, n)
	switch {
	case !known:
		return errCardIIN
	case i < 0:
		return errCardNetworkLength
	case !luhnASCII(buf[:n]):
		return errCardChecksum
	}
	return nil
}

// CardNetwork returns the network that issues card numbers with the IIN
// and length of s ("Visa", "Mastercard", "RuPay", "American Express",
// "Discover", "Diners Club", "JCB", "UnionPay", "Maestro" or "Mir"), or ""
// when s is not 12 to 19 digits or no network matches. It does not test
// the Luhn digit; [Card] does. It does not allocate.
func CardNetwork(s string) string {
	var buf [cardMaxLen]byte
	n, ok := compactDigits(buf[:], s)
	if !ok || n < cardMinLen || n > cardMaxLen {
		return ""
	}
	if i, _ := cardLookup(&buf, n); i >= 0 {
		return cardRanges[i].network
	}
	return ""
}

// cardLookup returns the index of the first range matching the IIN and
// length n of the ASCII digits in buf, or -1; known reports whether any
// range matches the IIN alone.
func cardLookup(buf *[cardMaxLen]byte, n int) (i int, known bool) {
	var iin uint32
	for _, c := range buf[:6] {
		iin = iin*10 + uint32(c-'0')
	}
	for i := range cardRanges {
		r := &cardRanges[i]
		if iin < r.lo || iin > r.hi {
			continue
		}
		if r.lens&(1<<n) != 0 {
			return i, true
		}
		known = true
	}
	return -1, known
}
