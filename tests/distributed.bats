#!/usr/bin/env bats
# The recipes of artkit(7) that spread a stream over several machines,
# run as the page prints them, through GNU parallel and ssh, against two
# "machines" that are two sshd servers on 127.0.0.1 with their own keys and
# configuration in a temporary folder.  The totals must equal those of one
# local run, and both machines must have run jobs.
#
# Every recipe gets one @test below that takes it from the page with
# recipe() and runs it with across_hosts().

bats_require_minimum_version 1.5.0
load test_helper
load manpage

# Without sshd or parallel the tests skip, except in CI, where they fail.
# (setup_file cannot skip: it leaves the reason in UNAVAILABLE for setup.)
unavailable() {
	if [ "${CI:-}" = true ]; then
		echo "distributed.bats: $1 (CI=true: not skipped)" >&2
		return 1
	fi
	skip "$1"
}

# start_sshd NAME: an sshd for host NAME on a free port of 127.0.0.1,
# with the programs under test first on the PATH of what it runs, and a
# HOME of its own, so that the user's shell start-up files stay out.
start_sshd() {
	local name=$1 port try d=$SSHDIR
	for try in 1 2 3 4 5 6 7 8; do
		port=$((20000 + RANDOM % 40000))
		ss -ltn 2>/dev/null | grep -q "[:.]$port " && continue
		cat > "$d/sshd_$name.conf" <<-EOF
		ListenAddress 127.0.0.1
		Port $port
		HostKey $d/host_key
		PidFile none
		AuthorizedKeysFile $d/authorized_keys
		PubkeyAuthentication yes
		PasswordAuthentication no
		KbdInteractiveAuthentication no
		UsePAM no
		PermitRootLogin prohibit-password
		AllowUsers $(id -un)
		StrictModes no
		SetEnv "PATH=${ARTKIT_BIN%/}:/usr/local/bin:/usr/bin:/bin" "HOME=$d/home"
		EOF
		"$SSHD" -t -f "$d/sshd_$name.conf" >&2 || return 1
		"$SSHD" -D -f "$d/sshd_$name.conf" -E "$d/sshd_$name.log" \
		    < /dev/null > /dev/null 2>&1 3>&- &
		echo $! > "$d/sshd_$name.pid"
		# up when it says so; gone when the port was taken after all
		for _ in $(seq 100); do
			if grep -q 'Server listening' "$d/sshd_$name.log" 2>/dev/null; then
				printf 'Host %s\n\tHostName 127.0.0.1\n\tPort %s\n' \
				    "$name" "$port" >> "$d/ssh_config"
				printf '[127.0.0.1]:%s %s\n' "$port" "$(cat "$d/host_key.pub")" \
				    >> "$d/known_hosts"
				return 0
			fi
			kill -0 "$(cat "$d/sshd_$name.pid")" 2>/dev/null || break
			sleep 0.1
		done
		stop_sshd "$name"
	done
	echo "distributed.bats: sshd for $name did not start: $(cat "$d/sshd_$name.log")" >&2
	return 1
}

stop_sshd() {
	local pidfile=$SSHDIR/sshd_$1.pid
	[ -f "$pidfile" ] || return 0
	kill "$(cat "$pidfile")" 2>/dev/null
	wait "$(cat "$pidfile")" 2>/dev/null
	rm -f "$pidfile"
}

setup_file() {
	UNAVAILABLE=
	start_servers 2> "$BATS_FILE_TMPDIR/why" ||
		UNAVAILABLE="$(cat "$BATS_FILE_TMPDIR/why") (servers not started)"
	export UNAVAILABLE SSHD SSHDIR
}

# Two servers host1 and host2 and a stream to send them; on failure, the
# reason on standard error.
start_servers() {
	local c
	SSHD=$(command -v sshd || echo /usr/sbin/sshd)
	[ -x "$SSHD" ] || { echo "sshd is not installed (apt-get install openssh-server)" >&2; return 1; }
	for c in parallel ssh ssh-keygen jq; do
		command -v "$c" >/dev/null || { echo "$c is not installed" >&2; return 1; }
	done
	# sshd must be started by its absolute path, and as root it needs its
	# privilege separation directory, which only its service creates
	case $SSHD in /*) ;; *) SSHD=$(cd "${SSHD%/*}" && pwd)/${SSHD##*/} ;; esac
	if [ "$(id -u)" = 0 ] && [ ! -d /run/sshd ]; then
		mkdir -p -m 0755 /run/sshd || { echo "cannot create /run/sshd" >&2; return 1; }
	fi
	# a folder of our own, not group- or world-writable, for keys sshd
	# and ssh would refuse otherwise
	SSHDIR=$(mktemp -d "$BATS_FILE_TMPDIR/ssh.XXXXXX") && chmod 700 "$SSHDIR" &&
	ssh-keygen -q -t ed25519 -N '' -C artkit-test-host -f "$SSHDIR/host_key" &&
	ssh-keygen -q -t ed25519 -N '' -C artkit-test-user -f "$SSHDIR/user_key" &&
	cp "$SSHDIR/user_key.pub" "$SSHDIR/authorized_keys" &&
	: > "$SSHDIR/known_hosts" || { echo "cannot make keys" >&2; return 1; }
	mkdir -p "$SSHDIR/home" || return 1
	start_sshd host1 && start_sshd host2 || return 1
	cat >> "$SSHDIR/ssh_config" <<-EOF
	Host *
		User $(id -un)
		IdentityFile $SSHDIR/user_key
		IdentitiesOnly yes
		UserKnownHostsFile $SSHDIR/known_hosts
		GlobalKnownHostsFile /dev/null
		StrictHostKeyChecking yes
		BatchMode yes
		ConnectTimeout 10
		LogLevel ERROR
	EOF
	# Articles whose paragraphs sometimes end in a form feed: a cut after
	# any form feed and newline, not only after a separator line, would
	# split them.
	"$ARTKIT_TOP/tests/genarticles" 7 150 news |
	    awk 'NR % 7 == 0 && length($0) > 60 { $0 = $0 "\f" } { print }' \
	    > "$SSHDIR/stream.txt"
}

teardown_file() {
	[ -n "${SSHDIR:-}" ] || return 0
	stop_sshd host1
	stop_sshd host2
}

setup() {
	[ -z "$UNAVAILABLE" ] || unavailable "$UNAVAILABLE"
	cd "$SSHDIR"
}

# recipe PROGRAM: the commands of artkit(7) that run PROGRAM on host1 and
# host2, one per line (continuation lines joined).
recipe() {
	examples "$ARTKIT_TOP/man/man7/artkit.7" | awk -v prog="$1" '
	/^@@ cmd$/ { cmd = ""; incmd = 1; next }
	/^@@ / { if (incmd && cmd ~ /-S host1,host2 / && cmd ~ ("[ |]" prog " ")) print cmd
		incmd = 0; next }
	incmd { sub(/\\$/, ""); cmd = cmd (cmd == "" ? "" : " ") $0 }'
}

# across_hosts COMMAND: run a recipe in the folder of stream.txt, with
# ssh going to the servers above, in the shell it is written for (bash
# for $'...', otherwise sh).  It must succeed silently, and both hosts must
# have run jobs (GNU parallel's job log and both servers' logs say so).
across_hosts() {
	local shell=sh
	case $1 in *"\$'"*) shell=bash ;; esac
	rm -f joblog
	run --separate-stderr env HOME="$SSHDIR/home" \
	    PARALLEL="-j1 --block 16k --joblog $SSHDIR/joblog" \
	    PARALLEL_SSH="ssh -F $SSHDIR/ssh_config" "$shell" -c "$1"
	[ "$status" -eq 0 ] || { echo "status $status: $1: $stderr"; false; }
	[ "$stderr" = "" ] || { echo "stderr: $1: $stderr"; false; }
	[ "$(awk -F'\t' 'NR > 1 { print $2 }' joblog | sort -u | paste -s -d, -)" = host1,host2 ]
	[ "$(awk -F'\t' 'NR > 1 && ($7 != 0 || $8 != 0)' joblog)" = "" ]
	[ "$(awk 'END { print NR - 1 }' joblog)" -ge 4 ]
	grep -q 'Accepted publickey' sshd_host1.log
	grep -q 'Accepted publickey' sshd_host2.log
}

@test "the remote side runs the programs under test, in a HOME of its own" {
	for h in host1 host2; do
		run --separate-stderr ssh -F ssh_config "$h" 'command -v artwc; echo "$HOME"'
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "${ARTKIT_BIN%/}/artwc
$SSHDIR/home" ]
	done
}

@test "artkit(7): words counted on two machines add up to one local count" {
	want=$(artwc -w stream.txt | tail -n 1 | awk '{ print $1 }')
	[ "$want" -gt 10000 ]
	# the stream would be cut inside an article at a form feed ending a line
	[ "$(grep -c "$(printf '.\f$')" stream.txt)" -gt 10 ]
	n=0
	while IFS= read -r cmd; do
		across_hosts "$cmd"
		[ "$output" = "$want" ] || { echo "$cmd: $output, not $want"; false; }
		n=$((n + 1))
	done < <(recipe artwc)
	# the bash recipe and the POSIX shell one
	[ "$n" -eq 2 ]
}

@test "artkit(7): word frequencies counted on two machines merge into one local list" {
	artfreq stream.txt > want.tsv
	[ "$(wc -l < want.tsv)" -gt 50 ]
	[ "$(awk '{ n += $1 } END { print n }' want.tsv)" = "$(artwc -w stream.txt | tail -n 1 | awk '{ print $1 }')" ]
	n=0
	while IFS= read -r cmd; do
		rm -f freq.tsv
		across_hosts "$cmd"
		[ "$output" = "" ]
		cmp freq.tsv want.tsv || { echo "$cmd: freq.tsv differs"; diff freq.tsv want.tsv | head; false; }
		n=$((n + 1))
	done < <(recipe artfreq)
	[ "$n" -eq 1 ]
}
