"""A loopback SMTP server for the notification tests: saves each message it accepts as OUTDIR/<n>.eml.

While OUTDIR/refuse exists it answers every DATA with 451 (a server that refuses, then recovers).
Usage: /usr/bin/python3 smtp_sink.py PORT OUTDIR   (Debian's python3-aiosmtpd)
"""
import asyncio
import itertools
import os
import sys

from aiosmtpd.controller import Controller

port, outdir = int(sys.argv[1]), sys.argv[2]
counter = itertools.count(1)


class SaveHandler:
    async def handle_DATA(self, server, session, envelope):
        if os.path.exists(os.path.join(outdir, "refuse")):
            return "451 4.3.0 try again later"
        n = next(counter)
        path = os.path.join(outdir, f"{n:06d}.eml")
        # Written aside then renamed, so a reader never sees half a message.
        with open(path + ".tmp", "wb") as f:
            f.write(envelope.original_content)
        os.replace(path + ".tmp", path)
        return "250 OK"


controller = Controller(SaveHandler(), hostname="127.0.0.1", port=port)
controller.start()
print("ready", flush=True)
try:
    asyncio.get_event_loop().run_until_complete(asyncio.Event().wait())
finally:
    controller.stop()
