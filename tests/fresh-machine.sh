#!/bin/sh
# fresh-machine.sh [ROOT] - the README's two commands on a minimal Debian 12.
#
# Builds a bare bookworm root (debootstrap --variant=minbase) in ROOT
# (default /var/tmp/recwatch-fresh, removed first), installs only git and
# make there, clones the committed HEAD of this tree into it and runs
# `make samples` then `make test` as a new user would, as root.  Checks
# that nothing is printed before the package list of the first command,
# that it installs no test tools, and that both commands pass.
#
# Not part of make test or CI: it takes minutes and downloads about a
# gigabyte.  Needs root and debootstrap; MIRROR overrides the Debian
# mirror.  Prints a summary; exit 0 when every check passed.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
root=${1:-/var/tmp/recwatch-fresh}
mirror=${MIRROR:-http://deb.debian.org/debian}
log=$root.log
fails=0

say() { echo "fresh-machine: $*"; }
check() { # check WHAT CONDITION...
	what=$1; shift
	if "$@"; then say "ok   $what"; else say "FAIL $what"; fails=$((fails + 1)); fi
}
[ "$(id -u)" = 0 ] || { say "needs root (debootstrap, chroot)"; exit 2; }
command -v debootstrap >/dev/null || { say "needs debootstrap (apt-get install debootstrap)"; exit 2; }

cleanup() {
	for m in proc dev/pts dev; do umount "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
cleanup
rm -rf "$root"
say "debootstrap --variant=minbase bookworm $root (log: $log)"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$log" 2>&1 ||
	{ say "debootstrap failed, see $log"; exit 2; }
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"

in_root() { chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb \
	PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin sh -c "$1"; }

in_root 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends git make ca-certificates' >>"$log" 2>&1 ||
	{ say "installing git and make failed, see $log"; exit 2; }
before=$(in_root 'dpkg-query -W -f "\${Status}\n" | grep -c "install ok installed"')

# The committed tree only, as a clone gets it.
git -C "$top" bundle create "$root/tmp/recwatch.bundle" HEAD >>"$log" 2>&1
in_root 'git clone -q /tmp/recwatch.bundle /root/recwatch' >>"$log" 2>&1
commit=$(in_root 'git -C /root/recwatch rev-parse --short HEAD')

samples_st=0 test_st=0
in_root 'cd /root/recwatch && make samples' >"$root.samples.log" 2>&1 || samples_st=$?
after_build=$(in_root 'dpkg-query -W -f "\${Status}\n" | grep -c "install ok installed"')
size_build=$(du -smx "$root" 2>/dev/null | cut -f1)
test_tools=$(in_root 'for p in libcmocka-dev chromium jq clang valgrind; do dpkg-query -W -f "\${Status} $p\n" $p 2>/dev/null; done | grep " installed " || true')
in_root 'cd /root/recwatch && make test' >"$root.test.log" 2>&1 || test_st=$?
after_samples=$(grep -c . "$root.samples.log" || true)

first=$(head -n 1 "$root.samples.log")
check "make samples prints the packages first, no error before: '$first'" \
	sh -c 'case "$1" in "recwatch: installing "*) true ;; *) false ;; esac' _ "$first"
check "make samples installs no test tools (cmocka, chromium, jq, clang, valgrind)${test_tools:+: $test_tools}" \
	test -z "$test_tools"
check "make samples exits 0 (exit $samples_st)" test "$samples_st" = 0
check "make samples wrote out/records.csv" test -s "$root/root/recwatch/out/records.csv"
check "make test exits 0 (exit $test_st)" test "$test_st" = 0
summary=$(tail -n 1 "$root.test.log")
check "make test ends 'N passed, 0 failed': '$summary'" \
	sh -c 'echo "$1" | grep -Eq "^[0-9]+ passed, 0 failed$"' _ "$summary"
after=$(in_root 'dpkg-query -W -f "\${Status}\n" | grep -c "install ok installed"')
size_test=$(du -smx "$root" 2>/dev/null | cut -f1)

say "commit $commit"
say "packages: $before with git and make, $after_build after make samples ($size_build MB on disk), $after after make test ($size_test MB)"
say "make samples said ($after_samples lines, $root.samples.log):"
sed 's/^/    /' "$root.samples.log" | head -n 12
say "make test ($root.test.log): $summary"
grep -E '^(FAIL|unit .* [1-9][0-9]* failed|cli .* [1-9][0-9]* failed)' "$root.test.log" | head -n 20 | sed 's/^/    /'
say "$fails checks failed"
[ $fails = 0 ]
