#!/usr/bin/env bash
# The outbox dispatcher's throughput (docs/benchmarks.md, "The outbox dispatcher"): queues MESSAGES rendered
# messages of an update's size (about 3 KB text + 7 KB HTML, BULK, one campaign) as HELD rows, releases them at
# once, and waits until the running portal's dispatcher has sent them all to the SMTP sink, sampling the portal
# JVM's heap with jstat every second. Needs a portal started by the launcher with its output in DATA_DIR/portal.log
# (the embedded MariaDB's port is read from it) and PORTAL_SMTP_HOST/PORT pointing at db/bench/SmtpSink.java
# (SMTP_PORT, default 21125, finds the sink's process). Prints the load average and the CPU time the portal
# JVM, its MariaDB and the sink used during the run, per message.
#
#   db/bench/outbox-benchmark.sh /work/data-outbox 100000
set -euo pipefail
DATA=${1:?the portal data folder}
N=${2:-100000}
DBPORT=$(grep -o 'Embedded MariaDB is running on port [0-9]*' "$DATA/portal.log" | tail -1 | awk '{print $NF}' || true)
# else the port of the embedded MariaDB whose data is in DATA
[ -n "$DBPORT" ] || DBPORT=$(ps -eo args | grep mariadbd | grep -- "--datadir=$DATA/mariadb " | grep -o -- '--port=[0-9]*' | head -1 | cut -d= -f2)
CLIENT=$(ls "$DATA"/mariadb-base/bin/mariadb 2>/dev/null || command -v mariadb)
USER=$(grep '^owner.user=' "$DATA/database-credentials.properties" | cut -d= -f2-)
export MYSQL_PWD=$(grep '^owner.password=' "$DATA/database-credentials.properties" | cut -d= -f2-)
sql() { "$CLIENT" --skip-ssl -h127.0.0.1 -P"$DBPORT" -u"$USER" -N -B civicportal -e "$1"; }
PAYARA=$(ps -eo pid,args | grep 'payara-micro.jar' | grep -- "--rootdir $DATA/" | grep -v grep | awk '{print $1}' | head -1 || true)
MARIADBD=$(ps -eo pid,args | grep 'mariadbd' | grep -- "--port=$DBPORT" | grep -v grep | awk '{print $1}' | head -1 || true)
# The sink's process: whatever listens on the portal's SMTP port (SINK_PID overrides).
SINK=${SINK_PID:-$(ss -Hltnp "sport = :${SMTP_PORT:-21125}" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)}
# CPU seconds (user + system) a process has used so far, from /proc (clock ticks, 100 a second).
cpu() { [ -n "$1" ] && [ -r "/proc/$1/stat" ] && awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$1/stat" || echo 0; }
CAMPAIGN="bench:$(date +%s)"
echo "portal JVM $PAYARA, database port $DBPORT, campaign $CAMPAIGN, $N messages"

start=$(date +%s.%N)
for ((from = 1; from <= N; from += 10000)); do
  to=$(( from + 9999 < N ? from + 9999 : N ))
  sql "INSERT INTO outbox_message (message_key, stream, campaign, recipient, language, template, subject, text_body,
         html_body, message_id, state, next_attempt_at, created_at)
       SELECT CONCAT('$CAMPAIGN:', seq), 'BULK', '$CAMPAIGN', CONCAT('bench', seq, '@bench.example.org'), 'en',
         'bench/update', CONCAT('The November update, message ', seq),
         CONCAT('Hello resident ', seq, ',\n\n', REPEAT('What changed this month: a decision, its credited inputs and the work done. ', 40)),
         CONCAT('<html><body><h1>The November update</h1><p>Hello resident ', seq, '</p>',
           REPEAT('<p style=\"margin:0 0 12px;color:#1f2937\">What changed this month: a decision, its credited inputs and the work done.</p>', 60),
           '</body></html>'),
         CONCAT('<', seq, '.$(date +%s)@bench.outbox>'), 'HELD', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
       FROM seq_${from}_to_${to}"
done
echo "queued (held) in $(echo "$(date +%s.%N) - $start" | bc) s; bytes per row: $(sql "SELECT AVG(LENGTH(text_body) + LENGTH(html_body)) FROM outbox_message WHERE campaign = '$CAMPAIGN'")"

HEAP="$DATA/heap-$(date +%s).txt"
jstat -gc "$PAYARA" 1000 > "$HEAP" &
JSTAT=$!
sleep 3
released=$(date +%s.%N)
cpu0="$(cpu "$PAYARA") $(cpu "$MARIADBD") $(cpu "$SINK")"
load0=$(cut -d' ' -f1-3 /proc/loadavg)
sql "UPDATE outbox_message SET state = 'PENDING' WHERE campaign = '$CAMPAIGN' AND state = 'HELD'"
while :; do
  sleep 1
  sent=$(sql "SELECT COUNT(*) FROM outbox_message WHERE campaign = '$CAMPAIGN' AND state = 'SENT'")
  [ "$sent" -ge "$N" ] && break
  left=$(sql "SELECT COUNT(*) FROM outbox_message WHERE campaign = '$CAMPAIGN' AND state IN ('PENDING', 'RETRYING')")
  [ "$left" -eq 0 ] && break
done
done_at=$(date +%s.%N)
cpu1="$(cpu "$PAYARA") $(cpu "$MARIADBD") $(cpu "$SINK")"
load1=$(cut -d' ' -f1-3 /proc/loadavg)
sleep 3
kill "$JSTAT"
echo "all sent $(echo "$done_at - $released" | bc) s after release (polled each second)"
sql "SELECT state, COUNT(*) FROM outbox_message WHERE campaign = '$CAMPAIGN' GROUP BY state"
sql "SELECT CONCAT('first to last sent_at: ', TIMESTAMPDIFF(MICROSECOND, MIN(sent_at), MAX(sent_at)) / 1e6, ' s, ',
       ROUND((COUNT(*) - 1) / (TIMESTAMPDIFF(MICROSECOND, MIN(sent_at), MAX(sent_at)) / 1e6)), ' messages/s')
     FROM outbox_message WHERE campaign = '$CAMPAIGN' AND state = 'SENT'"
# jstat -gc: S0U S1U EU OU are columns 3 4 6 8 (KB)
awk 'NR > 1 { used = ($3 + $4 + $6 + $8) / 1024; old = $8 / 1024; if (used > mu) mu = used; if (old > mo) mo = old;
       if (NR == 2) first = old; last = old }
     END { printf "portal heap (jstat -gc, each second): peak used %.0f MB, old generation first %.0f MB, peak %.0f MB, last %.0f MB\n", mu, first, mo, last }' "$HEAP"
echo "load average at release: $load0; at the end: $load1"
# CPU used during the run, per message: what a quiet 2-core machine could at best do is 2 s of CPU per second.
echo "$cpu0 $cpu1" | awk -v n="$N" '{ p = $4 - $1; d = $5 - $2; s = $6 - $3;
  printf "CPU during the run: portal %.1f s, MariaDB %.1f s, sink %.1f s = %.2f ms per message (portal %.2f ms)\n",
    p, d, s, (p + d + s) * 1000 / n, p * 1000 / n }'
echo "heap samples: $HEAP"
