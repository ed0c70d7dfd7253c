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
        <source>--dial needs --from with one of the Twilio account&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--var &apos;%1&apos; is not name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dial: %1</source>
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
    <name>patchline::store::Storage</name>
    <message numerus="yes">
        <source>%n call(s) were left open when Patchline last stopped; they are now marked interrupted, with recording and transcript kept</source>
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
</TS>
