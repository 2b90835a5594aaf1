package redact
import ("testing";"os";"strings")
func TestZZWord(t *testing.T){
	for _, s := range strings.Fields(os.Getenv("WORDS")) {
		w := &window{buf: []byte(s+" x"), atEOF: true}
		sw, ok := w.scriptWordAt(0)
		t.Logf("%s ok=%v %+v", s, ok, sw)
	}
}
