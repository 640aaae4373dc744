#!/bin/sh
# Slurm job array test (make test-dist; as root): starts a private single-node Slurm on
# this machine (munged, slurmctld, slurmd, configured here under a temporary folder, on
# free ports, so it touches no system Slurm), submits examples/slurm/submit.sh's array of
# shard tasks (extract --shard I/N) and its afterok merge job, waits (bounded), and
# compares the merged events with one `events` process, byte for byte. The daemons it started are stopped on exit.
# If a daemon cannot start, the test FAILS with the reason and its log's tail.
# DIST_SHARDS: the array size (default 3); DIST_TIMEOUT: seconds to wait (default 300).
set -eu
# shellcheck disable=SC2034 # used by dist_lib.sh
DIST_NAME=slurm_test
# shellcheck source=tools/dist_lib.sh
. "$(dirname "$0")/dist_lib.sh"
N=${DIST_SHARDS:-3}
TIMEOUT=${DIST_TIMEOUT:-300}

[ "$(id -u)" = 0 ] || dist_fail "must run as root (slurmd runs jobs as root here); run make test-dist as root"
for p in munged slurmctld slurmd sbatch squeue sinfo scontrol python3; do
  command -v "$p" >/dev/null 2>&1 || PATH=$PATH:/usr/sbin:/sbin
  command -v "$p" >/dev/null 2>&1 || dist_fail "$p not found (Debian packages munge, slurm-wlm; make deps)"
done

T=$(mktemp -d "${TMPDIR:-/tmp}/pc-slurm.XXXXXX")
chmod 755 "$T" # munged wants every folder above its socket open to all
PIDS=""
cleanup() {
  for pid in $PIDS; do kill "$pid" 2>/dev/null || true; done
  for pid in $PIDS; do wait "$pid" 2>/dev/null || true; done
  if [ "${DIST_KEEP:-0}" = 1 ]; then echo "$DIST_NAME: kept $T" >&2; else rm -rf "$T"; fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# tail_log NAME FILE: the daemon's last lines, for a failure message.
tail_log() {
  printf "\n--- last lines of %s (%s):\n" "$1" "$2"
  tail -n 15 "$2" 2>/dev/null || echo "(no log)"
}

# alive PID: the process exists and is not a zombie.
alive() {
  kill -0 "$1" 2>/dev/null && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null
}

# --- munge: a key of our own and a private socket.
mkdir -p "$T/munge/key"
chmod 755 "$T/munge"
chmod 700 "$T/munge/key"
dd if=/dev/urandom of="$T/munge/key/munge.key" bs=1024 count=1 2>/dev/null
chmod 600 "$T/munge/key/munge.key"
SOCK=$T/munge/munge.socket
munged -F --socket="$SOCK" --key-file="$T/munge/key/munge.key" --pid-file="$T/munge/munged.pid" \
  --log-file="$T/munge/munged.log" --seed-file="$T/munge/key/munged.seed" >"$T/munge/munged.out" 2>&1 &
MUNGED=$!
PIDS="$MUNGED"
i=0
until munge -S "$SOCK" -n 2>/dev/null | unmunge -S "$SOCK" >/dev/null 2>&1; do
  i=$((i + 1))
  if ! alive "$MUNGED" || [ $i -gt 50 ]; then
    dist_fail "munged did not start: $(tail_log munged "$T/munge/munged.out")"
  fi
  sleep 0.2
done

# --- slurm.conf: this machine as controller and only node, its real CPUs and memory.
HOST=$(hostname -s)
NODE_HW=$(slurmd -C 2>/dev/null | head -n 1) || true
CPUS=$(echo "$NODE_HW" | sed -n 's/.*CPUs=\([0-9]*\).*/\1/p')
MEM=$(echo "$NODE_HW" | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p')
{ [ -n "$CPUS" ] && [ -n "$MEM" ]; } || dist_fail "slurmd -C did not describe this node: $NODE_HW"
PORTS=$(python3 -c 'import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(" ".join(str(x.getsockname()[1]) for x in s))')
CTLD_PORT=${PORTS% *} SLURMD_PORT=${PORTS#* }
mkdir -p "$T/state" "$T/spool" "$T/jobs"
: >"$T/plugstack.conf"
export SLURM_CONF="$T/slurm.conf"
cat >"$SLURM_CONF" <<CONF
ClusterName=pctest
SlurmctldHost=$HOST(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$SOCK
CredType=cred/munge
StateSaveLocation=$T/state
SlurmdSpoolDir=$T/spool
SlurmctldPidFile=$T/slurmctld.pid
SlurmdPidFile=$T/slurmd.pid
SlurmctldLogFile=$T/slurmctld.log
SlurmdLogFile=$T/slurmd.log
PlugStackConfig=$T/plugstack.conf
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MailProg=/bin/true
MinJobAge=600
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$CPUS RealMemory=$MEM State=UNKNOWN
PartitionName=pctest Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF

slurmctld -D -c -f "$SLURM_CONF" >"$T/slurmctld.out" 2>&1 &
CTLD=$!
PIDS="$CTLD $PIDS"
i=0
until scontrol ping 2>/dev/null | grep -q 'is UP'; do
  i=$((i + 1))
  if ! alive "$CTLD" || [ $i -gt 100 ]; then
    dist_fail "slurmctld did not start: $(tail_log slurmctld "$T/slurmctld.out")"
  fi
  sleep 0.2
done

slurmd -D -f "$SLURM_CONF" -N "$HOST" >"$T/slurmd.out" 2>&1 &
SLURMD=$!
PIDS="$SLURMD $PIDS"
i=0
until [ "$(sinfo -h -n "$HOST" -o %T 2>/dev/null)" = idle ]; do
  i=$((i + 1))
  if ! alive "$SLURMD" || [ $i -gt 150 ]; then
    dist_fail "slurmd did not start or its node is not idle ($(sinfo -h -n "$HOST" -o %T 2>&1)): $(tail_log slurmd "$T/slurmd.out") $(tail_log slurmctld "$T/slurmctld.out")"
  fi
  sleep 0.2
done
echo "$DIST_NAME: single-node Slurm up ($HOST, $CPUS CPUs, $MEM MB, ports $CTLD_PORT/$SLURMD_PORT)"

# --- the run: reference, then the array and its merge.
dist_reference "$T"
cd "$T/jobs"
# extract per task (documents with their events), as examples/slurm is named for
# shellcheck disable=SC2086 # DIST_PATHS is a word list
IDS=$(PC_STEP=extract "$ROOT/examples/slurm/submit.sh" "$N" "$T/out" $DIST_PATHS) ||
  dist_fail "submit.sh failed: $IDS"
ARRAY=${IDS% *} MERGE=${IDS#* }
echo "$DIST_NAME: submitted array job $ARRAY (1-$N) and merge job $MERGE (afterok:$ARRAY)"
i=0
while [ -n "$(squeue -h -j "$ARRAY,$MERGE" -o %i 2>/dev/null)" ]; do
  i=$((i + 1))
  if [ $i -gt $((TIMEOUT * 2)) ]; then
    dist_fail "jobs not done after ${TIMEOUT}s: $(squeue -j "$ARRAY,$MERGE" 2>&1) $(tail_log slurmd "$T/slurmd.out")"
  fi
  if ! alive "$CTLD" || ! alive "$SLURMD"; then
    dist_fail "a daemon died while the jobs ran: $(tail_log slurmctld "$T/slurmctld.out") $(tail_log slurmd "$T/slurmd.out")"
  fi
  sleep 0.5
done
STATE=$(scontrol show job "$MERGE" 2>&1 | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -n 1)
if [ "$STATE" != COMPLETED ]; then
  for f in "$T"/out/pc-*.log; do [ -f "$f" ] && tail_log "$(basename "$f")" "$f" >&2; done
  dist_fail "merge job $MERGE ended $STATE (array: $(scontrol show job "$ARRAY" 2>&1 | grep -o 'JobState=[A-Z_]*' | sort | uniq -c | tr '\n' ' '))"
fi
dist_compare "$T" "$T/out/merged.jsonl" "$N array tasks + afterok merge under Slurm"
