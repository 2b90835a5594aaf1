package redact

import (
	"testing"

	"github.com/dlclark/regexp2"
	"github.com/stretchr/testify/assert"
)

func TestTranslatePython(t *testing.T) {
	tests := []struct{ in, want string }{
		{`(?P<year>\d{4})-(?P=year)`, `(?<year>\d{4})-\k<year>`},
		{`\(?P<x>`, `\(?P<x>`},           // an escaped parenthesis
		{`[(?P<]`, `[(?P<]`},             // inside a class
		{`[]P<(?P<a>]x`, `[]P<(?P<a>]x`}, // ']' first in a class is a literal
		{`[^]]+(?P<a>b)`, `[^]]+(?<a>b)`},
		{`abc\Z`, `abc\z`},
		{`a{,3}b{2,}c{,}`, `a{0,3}b{2,}c{,}`},
		{`\\(?P<a>b)`, `\\(?<a>b)`}, // an escaped backslash, then a group
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, translatePython(tt.in, 0), tt.in)
		_, err := regexp2.Compile(translatePython(tt.in, presidioFlags), regexp2.None)
		assert.NoError(t, err, tt.in)
	}
	assert.Equal(t, "(?imsx)a", translatePython("a", pyIgnoreCase|pyMultiline|pyDotAll|pyVerbose))
}
