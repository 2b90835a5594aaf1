package redact_test

import (
	"github.com/kavachpii/kavach/redact"
	"github.com/stretchr/testify/require"
	"testing"
)

func TestIPv6(t *testing.T) {
	r := mustNew(t)
	for _, s := range []string{"2409:40c2::1", "2406:7400:85a3:0000:0000:8a2e:0370:7334", "fe80::1ff:fe23:4567:890a", "2001:4860:3333:4444:5555:6666:1.2.3.4", "fe80::"} {
		out, fs := r.String("client " + s + " ok")
		require.Len(t, fs, 1, s)
		require.Equal(t, redact.IPAddress, fs[0].Kind)
		require.EqualValues(t, 7, fs[0].Start)
		require.EqualValues(t, 7+len(s), fs[0].End, out)
	}
	// The documentation network's (RFC 3849) and the loopback address are
	// nobody's.
	for _, s := range []string{"2001:db8::1", "2001:0DB8:85a3:0000:0000:8a2e:0370:7334", "::1"} {
		_, fs := r.String("client " + s + " ok")
		require.Empty(t, fs, s)
	}
	for _, s := range []string{"at 10:45:00 ok", "key:value", "a:b:c", "1:2:3:4:5:6:7", "2001:db8::1::2", "deadbeef:1::2", "Item = A::new()", "let _ = f::<1>();", "use a::b::{c, d}", "let e = E::A(42);"} {
		_, fs := r.String(s)
		require.Empty(t, fs, s)
	}
}

// TestKeepPrivateIPs: with the option, a network's own addresses stay as
// they are, in both versions; public ones are masked as before, and
// without the option every address is.
func TestKeepPrivateIPs(t *testing.T) {
	const in = "upstream=10.0.4.17:6379 gw 192.168.1.1 lb 172.20.0.5 cgnat 100.70.1.2 ll 169.254.10.1 " +
		"v6 fd12:3456:789a::410:5432 ll fe80::1ff:fe23:4567:890a client 49.36.12.8 edge 172.32.0.1 v6 2409:40c2:47a4:7dc6:c568:429e:64cf:1"
	r, err := redact.New(&redact.Options{KeepPrivateIPs: true})
	require.NoError(t, err)
	out, fs := r.String(in)
	require.Equal(t, "upstream=10.0.4.17:6379 gw 192.168.1.1 lb 172.20.0.5 cgnat 100.70.1.2 ll 169.254.10.1 "+
		"v6 fd12:3456:789a::410:5432 ll fe80::1ff:fe23:4567:890a client XX.XX.XX.X edge XXX.XX.X.X v6 XXXX:XXXX:XXXX:XXXX:XXXX:XXXX:XXXX:X", out)
	require.Len(t, fs, 3)
	_, fs = mustNew(t).String(in)
	require.Len(t, fs, 10)
}

// TestNobodysIPsInColumns: a CSV column of addresses leaves alone what
// the scan leaves alone in text (loopback, documentation), and a
// network's own addresses with Options.KeepPrivateIPs.
func TestNobodysIPsInColumns(t *testing.T) {
	const in = "ts,client_ip,path\n2026-01-01,10.1.2.3,/x\n2026-01-02,203.0.113.5,/y\n2026-01-03,127.0.0.1,/z\n2026-01-04,49.36.12.8,/w\n2026-01-05,2001:db8::7,/v\n2026-01-06,fd12::410,/u\n"
	out, _ := mustNew(t).String(in)
	require.Equal(t, "ts,client_ip,path\n2026-01-01,XX.X.X.X,/x\n2026-01-02,203.0.113.5,/y\n2026-01-03,127.0.0.1,/z\n2026-01-04,XX.XX.XX.X,/w\n2026-01-05,2001:db8::7,/v\n2026-01-06,XXXX::XXX,/u\n", out)
	r, err := redact.New(&redact.Options{KeepPrivateIPs: true})
	require.NoError(t, err)
	out, _ = r.String(in)
	require.Equal(t, "ts,client_ip,path\n2026-01-01,10.1.2.3,/x\n2026-01-02,203.0.113.5,/y\n2026-01-03,127.0.0.1,/z\n2026-01-04,XX.XX.XX.X,/w\n2026-01-05,2001:db8::7,/v\n2026-01-06,fd12::410,/u\n", out)
}
