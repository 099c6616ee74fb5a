#!/usr/bin/env python3
"""A tiny SMTP server for the live trial: every message it receives becomes one file in MAIL_DIR.
usage: smtp-sink.py PORT MAIL_DIR   (no TLS, no auth: 127.0.0.1 only, for a throwaway server)"""
import os
import socketserver
import sys
import time

PORT, MAIL_DIR = int(sys.argv[1]), sys.argv[2]
os.makedirs(MAIL_DIR, exist_ok=True)


class Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 sink")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode(errors="replace").strip().upper()
            if verb.startswith(("EHLO", "HELO")):
                self.reply("250 sink")
            elif verb == "DATA":
                self.reply("354 go on")
                data = []
                while True:
                    part = self.rfile.readline()
                    if part in (b".\r\n", b".\n", b""):
                        break
                    data.append(part[1:] if part.startswith(b"..") else part)
                name = os.path.join(MAIL_DIR, "%d.eml" % time.time_ns())
                with open(name, "wb") as out:
                    out.write(b"".join(data))
                self.reply("250 kept")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


socketserver.ThreadingTCPServer.allow_reuse_address = True
with socketserver.ThreadingTCPServer(("127.0.0.1", PORT), Handler) as server:
    server.serve_forever()
