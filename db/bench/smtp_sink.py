#!/usr/bin/env python3
"""A local SMTP sink for the outbox benchmark (docs/benchmarks.md): speaks real SMTP (Python's smtpd, which
Python 3.11 still ships), accepts every message, keeps none, and prints how many it took every 5 seconds.

    python3 db/bench/smtp_sink.py 21125
"""
import asyncore
import smtpd
import sys
import time
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)


class Sink(smtpd.SMTPServer):
    count = 0

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        Sink.count += 1
        return None  # "250 OK"


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 21125
    Sink(("127.0.0.1", port), None, data_size_limit=0, decode_data=False)
    print(f"SMTP sink on 127.0.0.1:{port}", flush=True)
    last = time.monotonic()
    while True:
        asyncore.loop(timeout=1, count=5)
        now = time.monotonic()
        if now - last >= 5:
            print(f"{time.strftime('%H:%M:%S')} accepted {Sink.count}", flush=True)
            last = now


if __name__ == "__main__":
    main()
