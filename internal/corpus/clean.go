package corpus

// clean writes lines with nothing to report until the text reaches size
// bytes. See Clean for what "nothing" means.
func (g *gen) clean(size int) {
	for len(g.b) < size {
		g.tick()
		switch pickWeighted(g, []int{30, 30, 20, 12, 8}) {
		case 0:
			g.cleanAccess()
		case 1:
			g.cleanJSON()
		case 2:
			g.cleanKV()
		case 3:
			if g.chance(60) {
				g.chatTime() // no sender: a name is personal data
				g.c(' ')
			}
			g.s(g.pick(chatFiller))
		default:
			if g.chance(60) {
				g.chatTime() // no sender here either, in any script
				g.c(' ')
			}
			g.s(g.pick(hindiFiller))
		}
		g.c('\n')
	}
}

// cleanAccess writes an access-log line for a request that came in over
// a unix socket, which nginx logs as "unix:" instead of an address.
func (g *gen) cleanAccess() {
	g.s("unix: - - ")
	g.clfTime()
	g.s(` "`)
	g.s(g.pick(methods))
	g.c(' ')
	g.s(g.pick(paths))
	g.s(` HTTP/1.1" `)
	g.num(statuses[g.intn(len(statuses))])
	g.c(' ')
	g.num(g.intn(100000))
	g.s(` "`)
	g.s(g.pick(referers))
	g.s(`" "`)
	g.s(g.pick(userAgents))
	g.c('"')
}

// cleanJSON writes a JSON log line with no identifiers.
func (g *gen) cleanJSON() {
	g.s(`{"ts":"`)
	g.isoTime()
	g.s(`","level":"`)
	g.s(g.pick(levels))
	g.s(`","svc":"`)
	g.s(g.pick(services))
	g.s(`","req_id":"`)
	g.hex(16)
	g.s(`","msg":"`)
	g.s(g.pick(jsonMsgs))
	g.s(`","path":"`)
	g.s(g.pick(paths))
	g.s(`","status":`)
	g.num(statuses[g.intn(len(statuses))])
	if g.chance(30) {
		g.s(`,"city":"`)
		g.s(g.pick(cities))
		g.c('"')
	}
	g.s(`,"latency_ms":`)
	g.num(1 + g.intn(3000))
	g.c('}')
}

// cleanKV writes a key=value log line with no identifiers.
func (g *gen) cleanKV() {
	g.logTime()
	g.c(' ')
	g.s(g.pick(kycLevels))
	g.s(" [")
	g.s(g.pick(services))
	g.s("] ")
	g.s(g.pick(kycClasses))
	g.s(" - ")
	g.s(g.pick(kycEvents))
	g.s(" ref=")
	g.hex(12)
	g.c(' ')
	g.s(g.pick(kycStatus))
	g.s(" latency=")
	g.num(1 + g.intn(3000))
	g.s("ms")
}
