<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Audio</name>
    <message>
        <source>cannot create recording &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read audio file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode audio data (%1 bytes): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElevenLabs</name>
    <message>
        <source>malformed JSON from the agent at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent message without a &quot;type&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal close: the agent ended the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent-side operational error (timeout, LLM/TTS/ASR failure, policy violation, or no caller audio for 60 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection dropped without a close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent rejected the session (authentication, unknown agent, override not allowed, or missing dynamic variable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected internal error on the agent server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no post-call webhook secret is configured; copy it from the ElevenLabs webhook settings into Patchline&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request has no ElevenLabs-Signature header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs-Signature &apos;%1&apos; is not of the form t=&lt;unix seconds&gt;,v0=&lt;hex&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook timestamp %1 is %2 s old (limit %3 s); check this computer&apos;s clock or a replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook timestamp %1 is %2 s in the future; check this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs-Signature does not match the body; check the post-call webhook secret in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-call webhook is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-call webhook has no data.conversation_id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Default (api.elevenlabs.io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU data residency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India data residency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot open call database &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call database has schema version %1, newer than this Patchline (%2); use a newer build or another data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Patchline stopped during the call; recording and transcript kept up to the moment it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete old recording %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twilio</name>
    <message>
        <source>malformed JSON from Twilio at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio message without an &quot;event&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio media message without a &quot;payload&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtmf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Twilio Auth Token is configured, so X-Twilio-Signature cannot be checked; set the Auth Token in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request has no X-Twilio-Signature header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Twilio-Signature does not match %1 (is the public URL setting the exact URL Twilio calls?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream URL &apos;%1&apos; must be an absolute wss:// URL; set the public URL to your tunnel&apos;s https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream URL &apos;%1&apos; has a query string, which Twilio strips; pass values as &lt;Parameter&gt; instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream parameter &apos;%1&apos; is %2 characters with its value; Twilio allows under 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwiML line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwiML has no &lt;Response&gt; root</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Patchline bridges Twilio phone calls to ElevenLabs Conversational AI agents and shows an operator what happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in simulated carrier and agent.</source>
        <translation>Den eingebauten simulierten Carrier und Agenten verwenden.</translation>
    </message>
    <message>
        <source>Run the bridge without a window (servers).</source>
        <translation>Die Brücke ohne Fenster betreiben (Server).</translation>
    </message>
    <message>
        <source>HTTP/WebSocket port (default 8787, 0 = any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public https:// base URL Twilio uses to reach this app (your tunnel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ElevenLabs agent id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place one sandbox call, print its transcript and figures, exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load benchmark: run N concurrent sandbox calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load benchmark: length of each call in seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the call log and recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not record calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port number; use 0-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind &apos;%1&apos; is not an IP address; use e.g. 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--public-url &apos;%1&apos; is not a base URL; use e.g. https://abc.ngrok.app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calls &apos;%1&apos; must be a number from 1 to 5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration &apos;%1&apos; must be 1 to 3600 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-call and --calls need --sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio formats the sandbox agent announces, IN/OUT (default ulaw_8000/ulaw_8000, e.g. pcm_16000/pcm_44100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs API base: a URL, or us / eu / in for the regional and data-residency hosts (default https://api.elevenlabs.io).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--elevenlabs-api-base &apos;%1&apos; is not a URL or one of us, eu, in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-formats &apos;%1&apos; is not IN/OUT with formats like ulaw_8000, pcm_16000, pcm_22050, pcm_24000, pcm_44100, pcm_48000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place an outbound call to this E.164 number through Twilio&apos;s REST API, print it, exit when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID for --dial: one of the account&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic variable for --dial, name=value (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio REST base URL (default https://api.twilio.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--twilio-api-base &apos;%1&apos; is not a URL; use e.g. https://api.dublin.ie1.twilio.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the pre-flight check (credentials, numbers, public URL, agent), print it and exit: 0 when nothing failed, 3 otherwise. With --dial/--from/--var it checks that call too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dial needs --from with one of the Twilio account&apos;s numbers (or a default From number in the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--var &apos;%1&apos; is not name=value; use e.g. --var customer_name=Ada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::app::Headless</name>
    <message>
        <source>Patchline %1 listening on %2:%3 (public URL %4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sandbox mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load: %1 concurrent sandbox calls of about %2 s each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Press Ctrl+C to stop.</source>
        <translation>Bereit. Strg+C beendet.</translation>
    </message>
    <message>
        <source>agent </source>
        <translation>Agent  </translation>
    </message>
    <message>
        <source>caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Call %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  duration        %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  caller → agent  %1 frames (%2 s of audio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  agent → caller  %1 chunks (%2 s), %3 stale chunks dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  barge-ins       %1; marks %2 sent / %3 echoed; pings %4 / pongs %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  agent formats   %1, conversation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  recording       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load results (%1 calls, %2 failed, wall %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames lost or duplicated: caller→agent %1 of %2, agent→caller %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge CPU %1 s (%2 s per call-minute); sandbox CPU %3 s (measured apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak RSS %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  conversion      %1; %2 ms of bridge CPU for %3 s of call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge handling per %1: p50 %2 µs  p99 %3 µs  max %4 µs  (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame, caller→agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk, agent→caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end-to-end via loopback (includes sandbox thread delays), %1: p50 %2 ms  p99 %3 ms  max %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller→agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent→caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  turn latency    p50 %1 ms, p90 %2 ms over %3 turns; time-to-yield %4 ms; inbound jitter p99 %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not place the call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialled %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-flight: nothing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-flight: FAILED — fix the lines marked ✗</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::bridge::Alarm</name>
    <message>
        <source>one-way audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent audio not forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::bridge::AlarmMonitor</name>
    <message>
        <source>%1 cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-way audio: no sound from the caller for %1 s (muted phone, broken inbound leg, or a stream that carries only silence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead air: the agent has not answered for %1 s after the caller stopped speaking (slow LLM, lost turn, or audio not reaching the agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent silent: no agent audio %1 s after it connected (no first message, or its audio is not arriving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent audio received but not forwarded to the caller for %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal close of the %1 WebSocket: code %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::bridge::Bridge</name>
    <message>
        <source>Patchline is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice webhook without CallSid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot answer the voice webhook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, this line is not configured correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio never opened the media stream; check that the public URL is reachable over wss://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice webhook for %1 (%2 → %3) answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused %1 with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 (in use or not permitted); choose another --port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1:%2, public URL %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a post-call webhook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored a post-call webhook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-call data for conversation %1: %2, %3 s, cost %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not fetch why conversation %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ElevenLabs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs termination reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new calls go to agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Twilio Account SID is configured; set it in settings or TWILIO_ACCOUNT_SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not call %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calling %1 from %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::bridge::CallSession</name>
    <message>
        <source>Twilio opened the media stream but sent no start message within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio sent a binary frame (%1 bytes); Media Streams uses text frames only, so it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored a Twilio message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio sent media before start; frames ignored until start arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio sent a second start; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller hung up (Twilio stop)</source>
        <translation>Anrufer hat aufgelegt (Twilio stop)</translation>
    </message>
    <message>
        <source>caller pressed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored unknown Twilio event &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected stream format %1 at %2 Hz; expected audio/x-mulaw at 8000 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent response corrected to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio media chunk %1 has an invalid base64 payload; replaced with silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent took over 2 s to connect; the oldest caller audio was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent ended the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio closed the media stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio media stream dropped (close code %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio status %1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio reported the call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overriding the agent&apos;s %1 for this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent announced audio formats %1 in / %2 out, which Patchline cannot convert; choose ulaw_8000 or pcm_16000 in the agent&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>μ-law 8 kHz → %1 to the agent, %2 → μ-law 8 kHz to the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio conversion active: %1 (set both agent formats to ulaw_8000 to forward audio untouched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller talked over the agent: clear sent %1 ms after they started, %2 s of the reply heard, %3 ms of queued agent audio cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent connection closed with code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data and no answer to pings from %1 for %2 s: the connection is dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost without a close frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio status %1 (#%2) arrived after #%3; kept in the timeline only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, SIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent uses %1 in / %2 out and audio conversion is off; set both agent formats to ulaw_8000, or switch conversion on in Settings → Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::bridge::Engine</name>
    <message>
        <source>the sandbox agent could not listen on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sandbox: start Patchline with --sandbox to place simulated calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator hung up</source>
        <translation>vom Operator aufgelegt</translation>
    </message>
</context>
<context>
    <name>patchline::elevenlabs::AgentClient</name>
    <message>
        <source>no ElevenLabs agent is selected; choose a default agent in settings or pass --agent AGENT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach ElevenLabs at %1 for a signed URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the ElevenLabs API key in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the agent id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry; if it persists, check ElevenLabs status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs refused a signed URL for agent &apos;%1&apos; (HTTP %2: %3); %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open the agent WebSocket (%1); check the agent id and API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::elevenlabs::RestClient</name>
    <message>
        <source>audio formats are %1 in / %2 out, not ulaw_8000: Patchline converts, at some CPU cost; set both to μ-law 8000 Hz to forward untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no first message: the caller hears silence until they speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach ElevenLabs at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key was refused or lacks this permission; check it in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found; check the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate or quota limit reached; wait and retry, or check the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs had a problem; retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs %1 answered HTTP %2%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::preflight::Preflight</name>
    <message>
        <source>Number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it in E.164 form, e.g. +15551234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is valid E.164</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID (From)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Auth Token: Twilio&apos;s webhooks cannot be verified, so every call is refused (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Auth Token in Settings → Twilio (API keys cannot check webhook signatures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Account SID is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Auth Token or API key secret is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Account SID and Auth Token from the Twilio Console in Settings → Twilio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs working Twilio credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused these credentials (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Account SID and Auth Token (or API key and secret) again from the Twilio Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the Twilio API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Account SID; retry later if Twilio reports a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account ‘%1’ is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate the account in the Twilio Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account ‘%1’ (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial account, and %1 is not a verified caller ID: Twilio refuses the call (21219)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the account, or verify %1 in the Twilio Console (Phone Numbers → Verified Caller IDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial account: Twilio may replace &lt;Stream&gt; with a spoken notice, so the agent is never connected (twilio.md §1.10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the account to Full in the Twilio Console before testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no caller ID chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy a voice number in the Twilio Console, then pick it in Settings → Twilio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the default From number in Settings → Twilio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the account and has voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no voice capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number with voice, or enable voice on it in the Twilio Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a verified caller ID of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of this account&apos;s numbers (Twilio refuses it: 21210)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy a voice number in the Twilio Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of the account&apos;s numbers, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ngrok tunnel to this port is running: use %1 as the public URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set: Twilio cannot reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a tunnel (ngrok http %1) and enter its https URL in Settings → Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not reachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the tunnel to port %1 or correct the URL in Settings → Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers (HTTP %2), but not from this Patchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the tunnel at port %1 of this machine (ngrok http %1), or correct the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaches this app, but over plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the https URL of your tunnel: Twilio opens Media Streams over wss:// only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches this app (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished">Agent</translation>
    </message>
    <message>
        <source>ElevenLabs API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key on elevenlabs.io (Developers → API keys) and enter it in Settings → ElevenLabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an ElevenLabs API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>accepted; %n agent(s) visible</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ElevenLabs refused the key (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key again, or create one with Conversational AI access, in Settings → ElevenLabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the API region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key cannot read the quota (restricted key without User read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the remaining credits on elevenlabs.io, or allow User read on the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan ‘%1’: %L2 of %L3 credits left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the agent cannot speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the plan or wait for the monthly reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than 5% left: upgrade the plan before long tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the default agent in Settings → ElevenLabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed URL issued: conversations can start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signed URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the key belongs to the agent&apos;s workspace and region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1 does not exist for this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an agent from the list in Settings → ElevenLabs (agents belong to one workspace and region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘%1’ (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent audio formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the phone line&apos;s format, forwarded untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: converted in the bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set both formats to μ-law 8000 Hz in the agent&apos;s Advanced settings to forward audio untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and conversion is off: the call would end at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set both formats to μ-law 8000 Hz in the agent, or switch conversion on in Settings → Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the caller hears silence until they speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a first message in the agent&apos;s settings on elevenlabs.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call overrides %1, which the agent does not allow: it would close the conversation (1008)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow them in the agent&apos;s Security tab, or leave them out of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required but not filled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill them in the call (or give them defaults in the agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all required ones filled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::settings</name>
    <message>
        <source>%1 is empty; enter a URL such as https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a base URL; use the form https://host (no query)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::settings::SecretStore</name>
    <message>
        <source>the OS keychain is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file readable only by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain is not reachable (%1); secrets come from the environment, this session or the private file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). Choose to keep the secret for this session only, or to store it in %3, a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::settings::Settings</name>
    <message>
        <source>%1 &apos;%2&apos; is not AC followed by 32 hex digits; copy it from the Twilio Console&apos;s Account Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not SK followed by 32 hex digits; create an API key in the Twilio Console (Account → API keys) or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an E.164 number (%3); use the form +15551234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: number &apos;%2&apos; is not E.164 (%3); use the form +15551234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: agent &apos;%2&apos; for %3 is not an agent id; pick one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an agent id (letters, digits, _ and -); pick one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an IP address; use 127.0.0.1 (this machine) or 0.0.0.0 (all interfaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an absolute path; choose a folder with Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not available; choose System, English or Deutsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of: ask, session, file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is out of range; use a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains spaces or line breaks (value not shown); paste it again without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secret; it is stored in the keychain, not here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::store::Storage</name>
    <message numerus="yes">
        <source>%n call(s) were left open when Patchline last stopped; they are now marked interrupted, with recording and transcript kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) older than %1 days deleted (Settings → Recording)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patchline::twilio</name>
    <message>
        <source>Webhook failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio could not fetch TwiML from Patchline&apos;s voice webhook (unreachable, slow, or an error status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the public URL reaches this app and run the reachability test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geo permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s voice geographic permissions do not allow this destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the country in Twilio Console → Voice → Geo permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong Account SID / Auth Token or API key, a deleted key, or a suspended account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enter the Twilio credentials in settings and press Test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call, number or account does not exist (or has ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the SID; an ended call cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s API rate limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchline retries with back-off; place fewer calls per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From number is not a Twilio number or verified caller ID of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a From number from the account&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid &apos;To&apos; number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is not a valid, dialable E.164 number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number with + and country code, e.g. +14155551212.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographic permissions do not allow calling this destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified number (trial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial accounts may only call verified numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the number in Twilio Console, or upgrade the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid call state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is no longer in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the call has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial accounts may only reach verified numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream handshake error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchline answered the media stream upgrade with a status other than 101: wrong path, a query string in the stream URL, or a signature check that failed because the public URL is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the public URL setting; the signature-failure log names the URL that was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream closed by the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchline closed the media stream. Twilio logs this even when the call ended on purpose (agent hung up, operator ended it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the call&apos;s end reason in Patchline; often no action is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio received a malformed WebSocket frame or message from Patchline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report it with the call&apos;s incident bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid stream track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A track other than inbound_track was requested on &lt;Connect&gt;&lt;Stream&gt; (for example track=&quot;both_tracks&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patchline never sets track on &lt;Connect&gt;; check TwiML served by another app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed stream message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio could not decode a message (binary frame or raw bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid stream message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message was not JSON, had an unknown event, extra fields or a wrong streamSid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio error %1%2 (see https://www.twilio.com/docs/errors/%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio error %1, %2: %3 Fix: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the number to call, with + and country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no country code; start with + (e.g. +1 for the US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains letters or symbols; use digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long for E.164 (at most 15 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too short or has an invalid country code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::twilio::RestClient</name>
    <message>
        <source>could not reach Twilio at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::ui::AgentListModel</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::ui::AgentsPanel</name>
    <message>
        <source>ElevenLabs agents</source>
        <translation>ElevenLabs-Agenten</translation>
    </message>
    <message>
        <source>Loading agents…</source>
        <translation>Agenten werden geladen…</translation>
    </message>
    <message>
        <source>Use for new calls</source>
        <translation>Für neue Anrufe verwenden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n Agent</numerusform>
            <numerusform>%n Agenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;formats %2 in / %3 out · language %4&lt;br/&gt;first message: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overrides allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs dynamic variables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b873a&apos;&gt;✔ ready for phone calls&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::ui::CallListModel</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Barge-ins</source>
        <translation>Unterbrechungen</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>patchline::ui::DialDialog</name>
    <message>
        <source>New outbound call</source>
        <translation>Neuer ausgehender Anruf</translation>
    </message>
    <message>
        <source>+14155551212</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account&apos;s numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Dynamic variables for the agent&apos;s {{placeholders}}; names starting with override_ override the agent&apos;s first message, prompt, language or voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Record the call (stereo WAV, caller left / agent right)</source>
        <translation>Anruf aufzeichnen (Stereo-WAV, Anrufer links / Agent rechts)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <source>No voice numbers on the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a trial account: Twilio strips &lt;Stream&gt; from TwiML on trial accounts, so the agent will not be connected, and only verified numbers can be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will dial %1</source>
        <translation>wählt %1</translation>
    </message>
    <message>
        <source>choose the caller ID (From) among the account&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the agent that answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1 needs the dynamic variable(s) %2; add them below, or ElevenLabs will refuse the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;This call would fail:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this call before dialling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::ui::MainWindow</name>
    <message>
        <source>Patchline — sandbox</source>
        <translation>Patchline – Sandbox</translation>
    </message>
    <message>
        <source>Patchline</source>
        <translation>Patchline</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>&amp;Dial sandbox call</source>
        <translation>&amp;Sandbox-Anruf wählen</translation>
    </message>
    <message>
        <source>Place a simulated call through the real bridge (Ctrl+D)</source>
        <translation>Einen simulierten Anruf über die echte Brücke starten (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>Anruf &amp;beenden</translation>
    </message>
    <message>
        <source>Hang up the selected call (Ctrl+E, or Del in the list)</source>
        <translation>Den ausgewählten Anruf auflegen (Strg+E oder Entf in der Liste)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox mode.&lt;/b&gt; Calls go through the real bridge to a simulated carrier and agent on this computer; no accounts are needed. Press &lt;b&gt;Dial sandbox call&lt;/b&gt; (Ctrl+D) to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>sandbox call %1 placed</source>
        <translation>Sandbox-Anruf %1 gestartet</translation>
    </message>
    <message>
        <source>Quit Patchline?</source>
        <translation>Patchline beenden?</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) are live. Quitting hangs them up.</source>
        <translation>
            <numerusform>%n Anruf läuft. Beenden legt ihn auf.</numerusform>
            <numerusform>%n Anrufe laufen. Beenden legt sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No call selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Anruf ausgewählt.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Listening on %1:%2 · public URL %3</source>
        <translation>Lauscht auf %1:%2 · öffentliche URL %3</translation>
    </message>
    <message numerus="yes">
        <source>%n live call(s)</source>
        <translation>
            <numerusform>%n laufender Anruf</numerusform>
            <numerusform>%n laufende Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 → %3 (%4) &amp;nbsp; &lt;b&gt;%5&lt;/b&gt; &amp;nbsp; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller→agent %1 frames · agent→caller %2 chunks · barge-ins %3 · pings %4/%5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn latency %1 (p50 %2, p90 %3 over %4 turns) · inbound jitter p99 %5 ms · agent ping %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · time-to-yield %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Neuer Anruf…</translation>
    </message>
    <message>
        <source>Place an outbound test call through Twilio (Ctrl+N)</source>
        <translation>Einen ausgehenden Testanruf über Twilio starten (Strg+N)</translation>
    </message>
    <message>
        <source>calling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call not placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call not placed</source>
        <translation>Anruf nicht aufgebaut</translation>
    </message>
    <message>
        <source> &amp;nbsp; Twilio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts, server, recording, alarms (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pre-flight check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything a real call needs (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect real accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the pre-flight check (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✗ Pre-flight: %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>! Pre-flight: %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Pre-flight: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bridge did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Change the port or bind address in Settings → Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::ui::PreflightModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
→ %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, SK…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default From number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press Test to list the account&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default From number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number (E.164)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound number to agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs API region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: press Test to list the agents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (your tunnel; press Test to detect ngrok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert audio when the agent does not use μ-law 8 kHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every call (stereo WAV: caller left, agent right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep recordings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished">Alarme</translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours follow the system theme. The language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks everything a real call needs, with these settings (saved or not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the bridge with the simulated carrier and agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the real service with the values above (saved or not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;%n problem(s) would stop a real call.&lt;/b&gt; Select a line and press Go to setting (or Enter).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Ready, with %n warning(s).&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Ready: every check passed.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in a private file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private file is readable only by your user account, but it is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts are set. Leave the sandbox and restart the bridge with them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridge restarts to apply these settings. Calls in progress are hung up. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::ui::TranscriptModel</name>
    <message>
        <source>Agent </source>
        <translation>Agent  </translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>The caller talked over this line; the rest was not heard.</source>
        <translation>Der Anrufer hat diese Zeile unterbrochen; der Rest wurde nicht gehört.</translation>
    </message>
    <message>
        <source>The caller talked over this line after hearing %1 s of it; the rest was not heard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patchline::ui::WaveformWidget</name>
    <message>
        <source>Live waveform: caller and agent</source>
        <translation>Live-Wellenform: Anrufer und Agent</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation>Kein Anruf ausgewählt</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Twilio Account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio Auth Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio API Key SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio API Key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default From number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound number → agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs API region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-call webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert audio formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep recordings (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-way audio alarm (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead air alarm (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent silent alarm (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets without a keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
