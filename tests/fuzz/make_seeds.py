#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora (issue 16 §9) under tests/fuzz/corpus/<target>/.

The seeds are the messages a sandbox call exchanges (the sandbox speaks the protocols of
reference/twilio.md and reference/elevenlabs.md), plus the documented examples: small,
deterministic, committed. Run again after a protocol change; libFuzzer grows its own copy.
"""
import base64, hashlib, hmac, os, struct, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
src = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def put(target, name, data):
    d = os.path.join(root, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def put_all(target, seeds):
    for name, data in seeds.items():
        put(target, name, data)


SID = "CA0123456789abcdef0123456789abcdef"
MZ = "MZ0123456789abcdef0123456789abcdef"
ulaw = base64.b64encode(bytes([0xFF] * 160)).decode()
twilio = {
    "connected": '{"event":"connected","protocol":"Call","version":"1.0.0"}',
    "start": '{"event":"start","sequenceNumber":"1","start":{"accountSid":"AC0123456789abcdef0123456789abcdef","streamSid":"%s","callSid":"%s","tracks":["inbound"],"mediaFormat":{"encoding":"audio/x-mulaw","sampleRate":8000,"channels":1},"customParameters":{"from":"+15550123","agent_id":"agent_sandbox_demo","token":"1764700000.abc"}},"streamSid":"%s"}' % (MZ, SID, MZ),
    "media": '{"event":"media","sequenceNumber":"3","media":{"track":"inbound","chunk":"2","timestamp":"40","payload":"%s"},"streamSid":"%s"}' % (ulaw, MZ),
    "mark": '{"event":"mark","sequenceNumber":"4","mark":{"name":"7:0"},"streamSid":"%s"}' % MZ,
    "dtmf": '{"event":"dtmf","streamSid":"%s","sequenceNumber":"5","dtmf":{"track":"inbound_track","digit":"1"}}' % MZ,
    "stop": '{"event":"stop","sequenceNumber":"6","stop":{"accountSid":"AC1","callSid":"%s"},"streamSid":"%s"}' % (SID, MZ),
}
put_all("twilio_stream", twilio)

audio = base64.b64encode(bytes([0xFF] * 800)).decode()
convai = {
    "metadata": '{"type":"conversation_initiation_metadata","conversation_initiation_metadata_event":{"conversation_id":"conv_123456789","agent_output_audio_format":"ulaw_8000","user_input_audio_format":"ulaw_8000"}}',
    "audio": '{"type":"audio","audio_event":{"audio_base_64":"%s","event_id":1}}' % audio,
    "agent_response": '{"type":"agent_response","agent_response_event":{"agent_response":"Hello, how can I help?"}}',
    "user_transcript": '{"type":"user_transcript","user_transcription_event":{"user_transcript":"I need help with my order."}}',
    "interruption": '{"type":"interruption","interruption_event":{"event_id":3}}',
    "correction": '{"type":"agent_response_correction","agent_response_correction_event":{"original_agent_response":"Let me tell you about the complete history...","corrected_agent_response":"Let me tell you about..."}}',
    "ping": '{"type":"ping","ping_event":{"event_id":12345,"ping_ms":50}}',
    "vad": '{"type":"vad_score","vad_score_event":{"vad_score":0.95}}',
    "error": '{"type":"error","error_event":{"code":1008,"error_type":"override_error","message":"m","reason":"r"}}',
}
put_all("convai", convai)

form = ("AccountSid=AC0123456789abcdef0123456789abcdef&ApiVersion=2010-04-01&CallSid=%s"
        "&CallStatus=ringing&Called=%%2B15550199&Caller=%%2B15550123&Direction=inbound"
        "&From=%%2B15550123&To=%%2B15550199&SequenceNumber=1&CallDuration=12" % SID)
put("webhook_form", "voice", "RSOYDt4T1cUTdK1PDd93/VVr8B8=\n" + form)
put("webhook_form", "status", "\n" + form.replace("ringing", "completed"))
put("webhook_form", "repeats", "abc\nA=1&A=2&B=%ZZ&=x&C&D=+%2B+")


def frame(op, payload, mask):
    b0 = 0x80 | op
    n = len(payload)
    head = bytes([b0])
    mbit = 0x80 if mask else 0
    if n < 126:
        head += bytes([mbit | n])
    elif n < 65536:
        head += bytes([mbit | 126]) + struct.pack(">H", n)
    else:
        head += bytes([mbit | 127]) + struct.pack(">Q", n)
    if mask:
        key = b"\x11\x22\x33\x44"
        payload = bytes(c ^ key[i % 4] for i, c in enumerate(payload))
        head += key
    return head + payload


msg = twilio["media"].encode()
put("ws_frames", "text_masked", frame(1, msg, True))
put("ws_frames", "text_plain", frame(1, msg, False))
put("ws_frames", "ping_close", frame(9, b"hi", True) + frame(8, struct.pack(">H", 1000) + b"bye", True))
frag = bytes([0x01, 0x80 | 3]) + b"\x01\x02\x03\x04" + bytes(c ^ [1, 2, 3, 4][i % 4] for i, c in enumerate(b"abc"))
put("ws_frames", "fragmented", frag + frame(0, b"def", True))
put("ws_frames", "long", frame(2, bytes(300), True))

body = ('{"type":"post_call_transcription","event_timestamp":1739537297,"data":{"agent_id":"xyz",'
        '"conversation_id":"abc","status":"done","transcript":[{"role":"agent","message":"Hey there.",'
        '"time_in_call_secs":0}],"metadata":{"start_time_unix_secs":1739537297,"call_duration_secs":22,'
        '"cost":296,"termination_reason":""},"analysis":{"call_successful":"success","transcript_summary":"Short."}}}')
sig = hmac.new(b"fuzz-secret", ("1739537297." + body).encode(), hashlib.sha256).hexdigest()
put("post_call", "transcription", "t=1739537297,v0=%s\n%s" % (sig, body))
put("post_call", "audio", 't=1,v0=00\n{"type":"post_call_audio","data":{"agent_id":"a","conversation_id":"c","full_audio":"AAAA"}}')
put("post_call", "failure", '\n{"type":"call_initiation_failure","data":{"agent_id":"a"}}')

put("twiml", "stream", '<?xml version="1.0" encoding="UTF-8"?><Response><Connect><Stream url="wss://example.com/twilio/media/1"><Parameter name="from" value="+15550123"/><Parameter name="token" value="1.x"/></Stream></Connect></Response>')
put("twiml", "say", '<Response><Say>Sorry, this line is not configured correctly.</Say><Hangup/></Response>')

put_all("e164", {"us": "+1 (555) 010-0123", "uk": "+44 20 7183 8750", "de": "0049 30 1234567",
                "bad": "call me maybe", "short": "+1"})

with open(os.path.join(src, "resources", "clips", "caller0.wav"), "rb") as f:
    wav = f.read()
put("wav", "clip_head", wav[:4096])
put("wav", "header_only", wav[:44])

put("stream_token", "valid_shape", "1764700000.q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c")
put("stream_token", "empty", "")
put("stream_token", "dots", "12.34.56")
http = {
    "health": "GET /health?nonce=abc HTTP/1.1\r\nHost: example.com\r\n\r\n",
    "voice": "POST /twilio/voice?agent_id=a HTTP/1.1\r\nHost: example.com\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Twilio-Signature: RSOYDt4T1cUTdK1PDd93/VVr8B8=\r\nContent-Length: %d\r\n\r\n%s" % (len(form), form),
    "chunked": "POST /twilio/status HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    "upgrade": "GET /twilio/media/1 HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nX-Twilio-Signature: abc\r\n\r\n",
    "pipelined": "GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\nPOST /twilio/voice HTTP/1.1\r\nContent-Length: 3\r\n\r\na=b",
    "http10": "GET /health HTTP/1.0\r\n\r\n",
}
put_all("http_front", http)

print("seeds written to", root)
