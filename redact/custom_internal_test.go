package redact

import "testing"

func TestRequiredLiteral(t *testing.T) {
	for _, tt := range []struct {
		expr, want string
		fold       bool
	}{
		{`\bCUST-\d{6}\b`, "CUST-", false},
		{`(?i)\bcust-\d{6}\b`, "cust-", true},
		{`(?ims)\b(?P<id>LN)\d{8}\b`, "ln", true},
		{`(?<id>EMP)(\d+)`, "EMP", false},
		{`(?:ab|cd)\d+xyz`, "xyz", false},
		{`(abc)+`, "abc", false},
		{`(abc)?\d`, "", false},             // optional: not required
		{`abc|def`, "", false},              // either: neither required
		{`\d{3}-\d{7}`, "-", false},         // one byte still prunes
		{`(?<![A-Z])LN\d{8}`, "", false},    // look-behind: Go cannot parse it
		{`(\w)\1`, "", false},               // back-reference
		{`(?x) a b`, "", false},             // .NET flag Go lacks
		{`\p{IsDevanagari}+ जी`, "", false}, // .NET block name
	} {
		got, fold := requiredLiteral(tt.expr)
		if string(got) != tt.want || fold != tt.fold {
			t.Errorf("requiredLiteral(%q) = %q, %v; want %q, %v", tt.expr, got, fold, tt.want, tt.fold)
		}
	}
}
