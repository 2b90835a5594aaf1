package redact_test

import (
	"github.com/kavachpii/kavach/redact"
	"github.com/stretchr/testify/require"
	"testing"
)

func TestIPv6(t *testing.T) {
	r := mustNew(t)
	for _, s := range []string{"2001:db8::1", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fe80::1ff:fe23:4567:890a", "2001:db8:3333:4444:5555:6666:1.2.3.4", "fe80::"} {
		out, fs := r.String("client " + s + " ok")
		require.Len(t, fs, 1, s)
		require.Equal(t, redact.IPAddress, fs[0].Kind)
		require.EqualValues(t, 7, fs[0].Start)
		require.EqualValues(t, 7+len(s), fs[0].End, out)
	}
	for _, s := range []string{"at 10:45:00 ok", "key:value", "a:b:c", "1:2:3:4:5:6:7", "2001:db8::1::2", "deadbeef:1::2", "Item = A::new()", "let _ = f::<1>();", "use a::b::{c, d}", "let e = E::A(42);"} {
		_, fs := r.String(s)
		require.Empty(t, fs, s)
	}
}
