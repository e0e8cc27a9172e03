# Named limits say so when they cut: nothing past a cap is dropped
# without a word.

=== a recommendation table wider than RW_MAX_COLS (64): its records read, the columns past the cap named on stderr
cmd: /usr/bin/python3 -c "n=70; print('<html><head><title>SSR2 status</title></head><body><h1>SSR2 implementation</h1><table><tr><th>Rec #</th><th>Status</th>' + ''.join('<th>Note %d</th>' % i for i in range(n - 2)) + '</tr>' + ''.join('<tr><td>%d.1</td><td>Complete</td>' % r + ''.join('<td>n%d</td>' % i for i in range(n - 2)) + '</tr>' for r in (1, 2, 3)) + '</table></body></html>')" >$TMPDIR/wide.html && recwatch extract $TMPDIR/wide.html
status: 0
stdout-lines: 4
stdout-has: SSR2,3.1,,,complete,
stderr-has: recwatch: 
stderr-has: wide.html: /html/body/table[1]: 70 columns; those past the first 64 are not read

=== a table of exactly 64 columns is read whole, without a word
cmd: /usr/bin/python3 -c "n=64; print('<html><head><title>SSR2 status</title></head><body><h1>SSR2 implementation</h1><table><tr><th>Rec #</th><th>Status</th>' + ''.join('<th>Note %d</th>' % i for i in range(n - 2)) + '</tr>' + ''.join('<tr><td>%d.1</td><td>Complete</td>' % r + ''.join('<td>n%d</td>' % i for i in range(n - 2)) + '</tr>' for r in (1, 2, 3)) + '</table></body></html>')" >$TMPDIR/wide.html && recwatch extract $TMPDIR/wide.html
status: 0
stdout-lines: 4
stderr:
