#!/usr/bin/env python3
"""A tiny SMTP sink for trying the UI locally: prints every mail Kratos sends (with its code).

Standard library only. Usage: scripts/mail-sink.py [port]   (default 1025)
"""
import asyncio
import email
import email.policy
import re
import sys


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    def send(line: str) -> None:
        writer.write((line + "\r\n").encode())

    send("220 mail-sink ready")
    recipients: list[str] = []
    while True:
        line = await reader.readline()
        if not line:
            break
        command = line.decode(errors="replace").strip()
        verb = command.split(" ", 1)[0].upper()
        if verb in ("EHLO", "HELO"):
            send("250 mail-sink")
        elif verb == "MAIL":
            recipients = []
            send("250 OK")
        elif verb == "RCPT":
            recipients.append(command.split(":", 1)[-1].strip(" <>"))
            send("250 OK")
        elif verb == "DATA":
            send("354 End data with <CR><LF>.<CR><LF>")
            data = bytearray()
            while True:
                chunk = await reader.readline()
                if chunk in (b".\r\n", b".\n", b""):
                    break
                data += chunk[1:] if chunk.startswith(b"..") else chunk
            message = email.message_from_bytes(bytes(data), policy=email.policy.default)
            body = message.get_body(preferencelist=("plain", "html"))
            text = body.get_content() if body else ""
            codes = re.findall(r"\b\d{6}\b", text)
            print(f"--- mail to {', '.join(recipients)}: {message['subject']}", flush=True)
            if codes:
                print(f"    code: {codes[0]}", flush=True)
            send("250 OK")
        elif verb == "QUIT":
            send("221 Bye")
            await writer.drain()
            break
        else:
            send("250 OK")
        await writer.drain()
    writer.close()


async def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 1025
    server = await asyncio.start_server(handle, "127.0.0.1", port)
    print(f"mail-sink: listening on 127.0.0.1:{port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
