<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Audio</name>
    <message>
        <source>cannot create recording '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read audio file '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot decode audio data (%1 bytes): %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ElevenLabs</name>
    <message>
        <source>malformed JSON from the agent at offset %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent message without a "type" field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>normal close: the agent ended the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent-side operational error (timeout, LLM/TTS/ASR failure, policy violation, or no caller audio for 60 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection dropped without a close frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent rejected the session (authentication, unknown agent, override not allowed, or missing dynamic variable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected internal error on the agent server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>close code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no post-call webhook secret is configured; copy it from the ElevenLabs webhook settings into Patchline's settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>request has no ElevenLabs-Signature header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs-Signature '%1' is not of the form t=&lt;unix seconds&gt;,v0=&lt;hex&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>webhook timestamp %1 is %2 s old (limit %3 s); check this computer's clock or a replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>webhook timestamp %1 is %2 s in the future; check this computer's clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs-Signature does not match the body; check the post-call webhook secret in settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>post-call webhook is not JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>post-call webhook has no data.conversation_id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln credit</numerusform>
            <numerusform>%Ln credits</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>initiated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inbound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outbound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outbound (dial)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>test agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>barge-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alarm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alarm cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListenIn</name>
    <message>
        <source>No speaker or headset found to listen in on. Connect one (and check that the sound server runs), or choose one in Settings → Audio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speaker '%1' could not be opened for listen-in; choose another in Settings → Audio.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NumberType</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>landline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>landline or mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>toll-free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>premium rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shared cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VoIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UAN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>voicemail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Default (api.elevenlabs.io)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EU data residency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>India data residency</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot open call database '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchline stopped during the call; recording and transcript kept up to the moment it stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot delete old recording %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call database has schema version %1, newer than this Patchline (%2); use a newer build or another data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history query failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot upgrade the call database to version %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open call database '%1': Qt's %2 driver is not installed (Debian: apt-get install libqt6sql6-psql)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot reach call database '%1': %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TestLine</name>
    <message>
        <source>the bridge closed the line (%1 %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Twilio</name>
    <message>
        <source>malformed JSON from Twilio at offset %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio message without an "event" field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio media message without a "payload" string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dtmf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Twilio Auth Token is configured, so X-Twilio-Signature cannot be checked; set the Auth Token in settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>request has no X-Twilio-Signature header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X-Twilio-Signature is not a base64 HMAC-SHA1 (28 characters); the request did not come from Twilio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X-Twilio-Signature does not match %1 (is the public URL setting the exact URL Twilio calls?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stream URL '%1' must be an absolute wss:// URL; set the public URL to your tunnel's https:// address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stream URL '%1' has a query string, which Twilio strips; pass values as &lt;Parameter&gt; instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stream parameter '%1' is %2 characters with its value; Twilio allows under 500</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TwiML line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TwiML has no &lt;Response&gt; root</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Patchline bridges Twilio phone calls to ElevenLabs Conversational AI agents and shows an operator what happens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the built-in simulated carrier and agent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the bridge without a window (servers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP/WebSocket port (default 8787, 0 = any).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public https:// base URL Twilio uses to reach this app (your tunnel).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default ElevenLabs agent id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place one sandbox call, print its transcript and figures, exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load benchmark: run N concurrent sandbox calls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load benchmark: length of each call in seconds (default 10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load benchmark: while the calls run, attack the server over loopback (a 20 MB POST, an endless header, 2,000 idle connections, slowloris) and report what the calls and the attackers saw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bridge threads; each call lives on one (default: one per core).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for the call log and recordings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not record calls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio formats the sandbox agent announces, IN/OUT (default ulaw_8000/ulaw_8000, e.g. pcm_16000/pcm_44100).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs API base: a URL, or us / eu / in for the regional and data-residency hosts (default https://api.elevenlabs.io).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place an outbound call to this E.164 number through Twilio's REST API, print it, exit when it ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller ID for --dial: one of the account's numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dynamic variable for --dial, name=value (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio REST base URL (default https://api.twilio.com).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the pre-flight check (credentials, numbers, public URL, agent), print it and exit: 0 when nothing failed, 3 otherwise. With --dial/--from/--var it checks that call too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay a call recording's caller side (left channel) to the agent through the bridge at real-time pace, with no phone; print the transcript and figures, exit (implies --headless).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--replay '%1': no such file; give the path of a call recording (the history's review pane shows it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--port '%1' is not a port number; use 0-65535</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--bind '%1' is not an IP address; use e.g. 127.0.0.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--public-url '%1' is not a base URL; use e.g. https://abc.ngrok.app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--elevenlabs-api-base '%1' is not a URL or one of us, eu, in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--twilio-api-base '%1' is not a URL; use e.g. https://api.dublin.ie1.twilio.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--dial: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--dial needs --from with one of the Twilio account's numbers (or a default From number in the settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--var '%1' is not name=value; use e.g. --var customer_name=Ada</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--calls '%1' must be a number from 1 to 5000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--duration '%1' must be 1 to 3600 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--shards '%1' must be a number of threads from 1 to 64</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--abuse goes with --calls N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sandbox-formats '%1' is not IN/OUT with formats like ulaw_8000, pcm_16000, pcm_22050, pcm_24000, pcm_44100, pcm_48000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo-call and --calls need --sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headless: on SIGTERM or Ctrl+C refuse new calls and give live calls up to S seconds to end (default 30), then hang up the rest and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--drain '%1' must be 0 to 3600 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dial every row of a campaign CSV (a phone_number column; other columns are dynamic variables) with --from and --agent, print progress and a summary, exit 0 when every row reached a final state (implies --headless). Run the same command again to resume an interrupted campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign: calls created per second, 0.1-100 (default 1, Twilio's default account limit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign: attempts per number for busy or no-answer, 1-10 (default 3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign: seconds between attempts (default 300).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign: call only between these local times of the callee, e.g. 09:00-20:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign: time zone for numbers whose country has several (e.g. America/New_York), for --calling-window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign: answering-machine detection on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--campaign '%1' cannot be read (%2); give the path of a CSV file with a phone_number column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--campaign needs --from with one of the Twilio account's numbers (or a default From number in the settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 '%2' must be a whole number from %3 to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--cps '%1' must be a number from 0.1 to 100 calls per second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--calling-window '%1' is not two different times HH:MM-HH:MM; use e.g. 09:00-20:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timezone '%1' is not a time zone; use an IANA name such as America/New_York</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign: when it ends, write one CSV line per recipient with its outcome and ElevenLabs' analysis to this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign: calls at once, 1-50 (default 1). Suite: replays at once, 1-20 (default 3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the regression suite NAME: replay each recorded call in it to its own agent (or --agent), judge each against its original by the suite's rules, print the verdicts, exit 0 when every case passed, 3 when any failed (implies --headless).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suite: write the verdicts as JUnit XML to this file (for a CI job).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suite: write the report as one self-contained HTML file (transcript differences, figures, waveforms).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--suite '%1' is not a suite name; give the name shown in Regression suites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--concurrency '%1' must be a whole number from 1 to 20 for --suite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--junit and --report need --suite NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--suite runs alone: leave out --campaign, --dial, --check and --replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The call log's database: postgresql://user@host[:port]/database (password from PATCHLINE_STORE_PASSWORD, PGPASSWORD or ~/.pgpass); default: patchline.sqlite in the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This node's name on a shared database (letters, digits, '.', '_', '-'; default: none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--node '%1' is not a node name; use 1 to 63 letters, digits, '.', '_' or '-'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --node: seconds without a heartbeat after which another node marks this node's live calls interrupted (default 30; heartbeats every third).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lease '%1' is not a number of seconds from 1.5 to 3600</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::app::Headless</name>
    <message>
        <source>Patchline %1 listening on %2:%3 (public URL %4)%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, sandbox mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pre-flight: nothing failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pre-flight: FAILED — fix the lines marked ✗</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not place the call: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dialled %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not replay: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replaying the caller side of %1 to the agent (call %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>load: %1 concurrent sandbox calls of about %2 s each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready. Press Ctrl+C to stop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call %1 ended: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  duration        %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  caller → agent  %1 frames (%2 s of audio)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  agent → caller  %1 chunks (%2 s), %3 stale chunks dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  barge-ins       %1; marks %2 sent / %3 echoed; pings %4 / pongs %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  turn latency    p50 %1 ms, p90 %2 ms over %3 turns; time-to-yield %4 ms; inbound jitter p99 %5 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  pacing          agent audio up to %1 ms ahead of the caller's ear; %2 underrun(s) mid-reply (%3 ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  bytes           audio %1 kB in / %2 kB out; on the wire Twilio %3 kB in / %4 kB out, agent %5 kB in / %6 kB out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  alarms          %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  agent formats   %1, conversation %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  conversion      %1; %2 ms of bridge CPU for %3 s of call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  recording       %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>load results (%1 calls, %2 failed, wall %3 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bridge handling per %1: p50 %2 µs  p99 %3 µs  max %4 µs  (%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>frame, caller→agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chunk, agent→caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end-to-end via loopback (includes sandbox thread delays), %1: p50 %2 ms  p99 %3 ms  max %4 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>caller→agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent→caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>frames lost or duplicated: caller→agent %1 of %2, agent→caller %3 of %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bridge CPU %1 s (%2 s per call-minute); sandbox CPU %3 s (measured apart)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchline CPU (every thread but the simulated parties: bridge, HTTP, storage, main) %1 s (%2 s per call-minute)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>peak RSS %1 MiB (idle %2 MiB, %3 KiB per call beyond idle)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>stopping at once (second signal); %n call(s) cut off</source>
        <translation>
            <numerusform>stopping at once (second signal); %n call cut off</numerusform>
            <numerusform>stopping at once (second signal); %n calls cut off</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping: no live calls</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>stopping: new calls are refused; %n live call(s) get up to %1 s to end (signal again to stop at once)</source>
        <translation>
            <numerusform>stopping: new calls are refused; %n live call get up to %1 s to end (signal again to stop at once)</numerusform>
            <numerusform>stopping: new calls are refused; %n live calls get up to %1 s to end (signal again to stop at once)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopping: hanging up %n call(s) still live after %1 s</source>
        <translation>
            <numerusform>stopping: hanging up %n call still live after %1 s</numerusform>
            <numerusform>stopping: hanging up %n calls still live after %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping: every call has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign paused: no new calls; run the same command again to resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1%2%3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, value '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>campaign: … and %n more problem(s)</source>
        <translation>
            <numerusform>campaign: … and %n more problem</numerusform>
            <numerusform>campaign: … and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign: the file has no recipient rows; nothing was dialled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign: nothing was dialled; fix the rows named above (or remove them) and run the command again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign: row %1 (%2) is in a country with several time zones; give --timezone (e.g. America/New_York) for the calling window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>campaign %1 started: %n row(s)</source>
        <translation>
            <numerusform>campaign %1 started: %n row</numerusform>
            <numerusform>campaign %1 started: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign %1 finished: %2 rows, %3 done, %4 failed, %5 cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  row %1  %2  %3  attempts %4  %5  %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign: %1/%2 final · queued %3 · dialling %4 · live %5 · retrying %6 · done %7 · failed %8 · cancelled %9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign: results not written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign: results written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign %1 resumed with its stored settings: %2 of %3 rows already final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suite: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  %1  %2  agent words %3 %  replay %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suite %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suite: %1 written to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suite: %1 not written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JUnit XML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store: %1 database writes (%2 per call-minute), recordings %3 MiB (%4 MiB per call-hour)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::audio::QtAudioDevice</name>
    <message>
        <source>No microphone found. Connect a microphone or headset (and check that the sound server runs), or choose one in Settings → Audio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No speaker or headset found. Connect one (and check that the sound server runs), or choose one in Settings → Audio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audio device '%1' cannot record or play %2 Hz mono 16-bit audio; choose another device in Settings → Audio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audio device '%1' could not be opened (in use by another program, or the sound server refused it); close other audio programs or choose another device in Settings → Audio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The microphone stopped working (unplugged, or the sound server went away).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speaker stopped working (unplugged, or the sound server went away).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::audio::ReplayAudioDevice</name>
    <message>
        <source>The recording cannot be replayed: %1. Pick a call whose recording is still on disk (Settings → Recording keeps them for a set number of days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording '%1' holds no audio; pick another call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording to replay holds no caller audio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The replay track is at %1 Hz, the line wants %2 Hz.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::bridge::Alarm</name>
    <message>
        <source>one-way audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dead air</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent silent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent audio not forwarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>abnormal close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unpaired end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audio format mismatch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>caller audio faster than real time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent not reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio not reading</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::bridge::AlarmMonitor</name>
    <message>
        <source>%1 cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one-way audio: no sound from the caller for %1 s (muted phone, broken inbound leg, or a stream that carries only silence)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dead air: the agent has not answered for %1 s after the caller stopped speaking (slow LLM, lost turn, or audio not reaching the agent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent silent: no agent audio %1 s after it connected (no first message, or its audio is not arriving)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent audio received but not forwarded to the caller for %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>abnormal close of the %1 WebSocket: code %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audio format mismatch: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>caller audio arrives faster than real time (%1 ms ahead of the clock): not Twilio's pacing; the excess is dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agent has not read what the bridge sent it for %1 s (a ping sent behind the caller's audio is unanswered): it hears the caller late or not at all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio has not read what the bridge sent it for %1 s (a ping sent behind the agent's audio is unanswered): the caller hears the agent late or not at all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unpaired end: the call ended (%1) and the bridge closed the %2 WebSocket, which had not confirmed the close %3 s later, so it was dropped. A session left open can make the next call fail or keep the agent running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::bridge::Bridge</name>
    <message>
        <source>Patchline is shutting down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot listen on %1:%2 (in use or not permitted); choose another --port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listening on %1:%2, public URL %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>voice webhook for %1 repeated; answered as before, no new call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot answer the voice webhook: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio never opened the media stream; check that the public URL is reachable over wss://</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>voice webhook for %1 (%2 → %3) answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused a media stream for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>media stream refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>that CallSid already has its stream</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no voice webhook of ours answered this CallSid; streams must come through Patchline's TwiML (or allow unsolicited streams in Settings → Server)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>test line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bridge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test agent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test agent line ended: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay call %1 started: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test agent call %1 started with the operator's microphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listen-in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Twilio Account SID is configured; set it in settings or TWILIO_ACCOUNT_SID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not call %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>calling %1 from %2: %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new calls go to agent %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio status %1 of call %2 handed to node %3, which holds the call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio status %1 of call %2 not applied: its node %3 is no longer running</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::bridge::CallEnricher</name>
    <message>
        <source>Twilio status %1 (#%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio price: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not fetch why conversation %1 ended: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — ElevenLabs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs termination reason: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::bridge::CallSession</name>
    <message>
        <source>answered by a machine (AnsweredBy=%1): the agent is talking to voicemail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered by: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio opened the media stream but sent no start message within %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio sent a binary frame (%1 bytes); Media Streams uses text frames only, so it was ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 different warnings on this call; further ones are not shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio sent media before start; frames ignored until start arrives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ignored a Twilio message: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio sent a second start; ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio start without a callSid or streamSid; stream closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio start with a malformed callSid '%1' or streamSid '%2' (expected CA or MZ and 32 lower-case hex digits); stream closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>caller hung up (Twilio stop)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>caller pressed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ignored unknown Twilio event '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stream without Patchline's voice webhook (allowed in Settings → Server): default agent, the stream's parameters are not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected stream format %1 at %2 Hz; expected audio/x-mulaw at 8000 Hz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overriding the agent's %1 for this call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent response corrected to: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent unavailable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agent took over 2 s to connect; the oldest caller audio was dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio media chunk %1 has an invalid base64 payload; such frames are dropped and counted (Metrics: caller frames dropped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio media chunk %1 decodes to %2 bytes, not one 20 ms μ-law frame (160 bytes); such frames are dropped and counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agent announced audio formats %1 in / %2 out, which Patchline cannot convert; choose ulaw_8000 or pcm_16000 in the agent's settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agent uses %1 in / %2 out and audio conversion is off; set both agent formats to ulaw_8000, or switch conversion on in Settings → Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>μ-law 8 kHz → %1 to the agent, %2 → μ-law 8 kHz to the caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audio conversion active: %1 (set both agent formats to ulaw_8000 to forward audio untouched)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>turn %1: the agent answered %2 ms after the caller stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>caller talked over the agent: clear sent %1 ms after they started, %2 s of the reply heard, %3 ms of queued agent audio cut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent ended the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent connection closed with code %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection lost without a close frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio closed the media stream</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio media stream dropped (close code %1%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no data and no answer to pings from %1 for %2 s: the connection is dead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agent stopped reading: a ping sent behind the bridge's messages has been unanswered for %1 s while it keeps sending; the connection is stalled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio stopped reading: a ping sent behind the bridge's messages has been unanswered for %1 s while it keeps sending; the connection is stalled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio status %1 (#%2) arrived after #%3; kept in the timeline only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio status %1 (#%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, SIP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio reported the call %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operator muted the agent: the caller hears silence (%1 ms of queued agent audio cut)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operator unmuted the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agent stopped a reply on caller speech while muted (not a barge-in: the caller heard none of it)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::bridge::WebhookFront</name>
    <message>
        <source>refused a post-call webhook: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ignored a post-call webhook: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>post-call data for conversation %1: %2, %3 s, cost %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>post-call audio for conversation %1 (%2 KiB) received; not stored (the call's own recording is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs reports a call initiation failure (agent %1, conversation %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ignored a post-call webhook of unknown type '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused %1 with %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused a Twilio webhook (400): CallSid '%1' is not CA followed by 32 lower-case hex digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused a Twilio request to %1 (413): more than %2 form parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused a Twilio request to %1 (403): %2 — if Twilio calls another URL, set the public URL to exactly that (Settings → Server)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused call %1: this node is stopping</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::campaign</name>
    <message>
        <source>The file is %1 MiB; a campaign CSV may be at most 4 MiB. Split it into several campaigns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as "CSV UTF-8" in your spreadsheet program and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quoted value that starts in row %1 never ends. Close the quote (") or remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty. It needs a header row with a phone_number column and one row per recipient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header has %1 columns; at most 64 are allowed. Remove the columns the agent does not use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1 of the header has no name. Name it, or delete the column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column "%1" appears twice in the header. Keep one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be a dynamic variable name. Use letters, digits and '_', not starting with a digit (e.g. customer_name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header has no phone_number column. Name the column with the numbers to call "phone_number".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agent needs the dynamic variable "%1", but the file has no such column. Add a column named %1 with a value in every row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the first 10,000 recipients were read; %1 rows after them were left out. Split the file into several campaigns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1 has %2 values but the header has %3 columns. Put values that contain '%4' in double quotes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value is longer than 1,000 characters. Shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone number is empty. Enter it in E.164 form (e.g. +14155551212) or delete the row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a number in use in %2's numbering plan. Check the digits and the country code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already in row %2. Delete one of the two rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not_before must be a date and time with its offset, e.g. 2026-12-04T09:00:00+01:00 (or …Z for UTC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agent needs "%1", but this row leaves it empty. Fill it in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has a header but no recipients. Add one row per number to call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dialling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retrying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::cluster::ClusterWatch</name>
    <message>
        <source>node %1 moved to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node %1 left the cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lost contact with node %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node %1 refused the monitor token (%2): set the same Cluster monitor token as on the nodes (Settings → Database)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>monitor connection to node %1 closed (%2 %3); retrying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the public URL of node %1 (%2) reaches node '%3' instead; not watched (give each node its own --public-url)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>watching the live calls of node %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no connection to the node of this call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the recording path '%1' is not one Patchline writes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node %1 is not up: its recordings can be played while it runs (or copy them from its data folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node %1 refused the monitor token: set the same Cluster monitor token as on the nodes (Settings → Database)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node %1 no longer has this recording (deleted by its retention setting?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node %1 did not send the recording: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node %1 sent a range that does not fit (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node %1 does not serve the monitor (%2): set PATCHLINE_MONITOR_TOKEN there; tried again every 30 s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::cluster::MonitorHub</name>
    <message>
        <source>console %1 attached to the monitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call #%1 ended by console %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call #%1 is not live on node %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>refused %n monitor or recording request(s) without the right token; the last from %1</source>
        <translation>
            <numerusform>refused %n monitor or recording request without the right token; the last from %1</numerusform><numerusform>refused %n monitor or recording requests without the right token; the last from %1</numerusform></translation>
    </message>
    <message>
        <source>console %1 stopped reading the monitor; disconnected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::elevenlabs::AgentClient</name>
    <message>
        <source>no ElevenLabs agent is selected; choose a default agent in settings or pass --agent AGENT_ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not reach ElevenLabs at %1 for a signed URL: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the ElevenLabs API key in settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the agent id '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retry; if it persists, check ElevenLabs status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs refused a signed URL for agent '%1' (HTTP %2: %3); %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not open the agent WebSocket (%1); check the agent id and API key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::elevenlabs::RestClient</name>
    <message>
        <source>audio formats are %1 in / %2 out, not ulaw_8000: Patchline converts, at some CPU cost; set both to μ-law 8000 Hz to forward untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no first message: the caller hears silence until they speak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not reach ElevenLabs at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the API key was refused or lacks this permission; check it in settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not found; check the id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the request was invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rate or quota limit reached; wait and retry, or check the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs had a problem; retry later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs %1 answered HTTP %2%3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs has no audio for this conversation (audio saving may be off for the agent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs answered HTTP %1 for the conversation audio</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::engine::CampaignRunner</name>
    <message>
        <source>the campaign could not be stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the campaign could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: its create may or may not have reached Twilio before the stop; looking it up in Twilio's call list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was already claimed in the database: another Patchline runs this campaign. Stop that one before resuming here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the campaign database refused the claim of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: attempt %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio is limiting calls per second (429): %1 waits %2 s; lower the campaign's calls per second if this repeats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: Twilio's answer was lost (%2); looking the call up before anything else is dialled to this number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: Twilio's call list could not be read (%2); trying again in 30 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: found its call %2 (%3) in Twilio's records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no call reached Twilio for the last attempt; it is taken back and dialled again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2; retry %3 at %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (%3)%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 could not be saved; its state is kept in memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign paused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: Twilio's answer had no valid CallSid; looking the call up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::engine::Engine</name>
    <message>
        <source>the sandbox agent could not listen on 127.0.0.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot listen on %1:%2 (in use or not permitted); choose another --port</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>listening on %1:%2, public URL %3; %n bridge shard(s)</source>
        <translation>
            <numerusform>listening on %1:%2, public URL %3; %n bridge shard</numerusform>
            <numerusform>listening on %1:%2, public URL %3; %n bridge shards</numerusform>
        </translation>
    </message>
    <message>
        <source>no sandbox: start Patchline with --sandbox to place simulated calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operator hung up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replay of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>node heartbeat not written: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>node %1 stopped heartbeating for more than %2 s: its live calls are marked interrupted (%n call(s) in all this round)</source>
        <translation>
            <numerusform>node %1 stopped heartbeating for more than %2 s: its live calls are marked interrupted (%n call in all this round)</numerusform>
            <numerusform>node %1 stopped heartbeating for more than %2 s: its live calls are marked interrupted (%n calls in all this round)</numerusform>
        </translation>
    </message>
    <message>
        <source>the recording is on node %1; connect this console to the cluster (File → Connect to cluster…) to play it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended by an operator watching the cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cluster monitor token is shorter than 16 characters; /monitor and /recordings stay off (use e.g. the output of: openssl rand -hex 16)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::engine::SuiteRunner</name>
    <message>
        <source>No suite named “%1”, and there are none yet: select recorded calls in History and choose Add to suite….</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No suite named “%1”. Suites: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suite “%1” has no cases: add recorded calls to it from History (Add to suite…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled before any case ran</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>suite %1: %n case(s), %2 at once, against %3</source>
        <translation>
            <numerusform>suite %1: %n case, %2 at once, against %3</numerusform>
            <numerusform>suite %1: %n cases, %2 at once, against %3</numerusform>
        </translation>
    </message>
    <message>
        <source>each case's own agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the original call is no longer in the call log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case %1/%2 %3: replaying to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the default agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the replay did not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case %1/%2 %3: passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case %1/%2 %3: FAILED: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled before it ran</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suite %1: cancelled; hanging up the replays still live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run's report could not be stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the replay call never reached the call log (is the data folder writable? see the log)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::preflight::Preflight</name>
    <message>
        <source>Number to call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a phone number: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter it in E.164 form, e.g. +15551234567.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is valid E.164</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio account type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller ID (From)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhook signatures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Auth Token: Twilio's webhooks cannot be verified, so every call is refused (403)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the Auth Token in Settings → Twilio (API keys cannot check webhook signatures).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Account SID is not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Auth Token or API key secret is set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the Account SID and Auth Token from the Twilio Console in Settings → Twilio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs working Twilio credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio refused these credentials (HTTP 401)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the Account SID and Auth Token (or API key and secret) again from the Twilio Console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the network connection and the Twilio API base URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the Account SID; retry later if Twilio reports a problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account ‘%1’ is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reactivate the account in the Twilio Console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account ‘%1’ (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trial account, and %1 is not a verified caller ID: Twilio refuses the call (21219)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade the account, or verify %1 in the Twilio Console (Phone Numbers → Verified Caller IDs).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trial account: Twilio may replace &lt;Stream&gt; with a spoken notice, so the agent is never connected (twilio.md §1.10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade the account to Full in the Twilio Console before testing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no caller ID chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buy a voice number in the Twilio Console, then pick it in Settings → Twilio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick the default From number in Settings → Twilio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 belongs to the account and has voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no voice capability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a number with voice, or enable voice on it in the Twilio Console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a verified caller ID of the account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not one of this account's numbers (Twilio refuses it: 21210)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buy a voice number in the Twilio Console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use one of the account's numbers, e.g. %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An ngrok tunnel to this port is running: use %1 as the public URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set: Twilio cannot reach %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a tunnel (ngrok http %1) and enter its https URL in Settings → Server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not reachable: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the tunnel to port %1 or correct the URL in Settings → Server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answers (HTTP %2), but not from this Patchline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point the tunnel at port %1 of this machine (ngrok http %1), or correct the URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reaches this app, but over plain http</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the https URL of your tunnel: Twilio opens Media Streams over wss:// only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reaches this app (%2 ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create an API key on elevenlabs.io (Developers → API keys) and enter it in Settings → ElevenLabs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs an ElevenLabs API key</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>accepted; %n agent(s) visible</source>
        <translation>
            <numerusform>accepted; %n agent visible</numerusform>
            <numerusform>accepted; %n agents visible</numerusform>
        </translation>
    </message>
    <message>
        <source>ElevenLabs refused the key (HTTP 401)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the key again, or create one with Conversational AI access, in Settings → ElevenLabs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the network connection and the API region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this key cannot read the quota (restricted key without User read)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the remaining credits on elevenlabs.io, or allow User read on the key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan ‘%1’: %L2 of %L3 credits left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — the agent cannot speak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade the plan or wait for the monthly reset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Less than 5% left: upgrade the plan before long tests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no agent chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick the default agent in Settings → ElevenLabs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed URL issued: conversations can start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no signed URL: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the key belongs to the agent's workspace and region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent %1 does not exist for this key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick an agent from the list in Settings → ElevenLabs (agents belong to one workspace and region).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>‘%1’ (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent audio formats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the phone line's format, forwarded untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: converted in the bridge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set both formats to μ-law 8000 Hz in the agent's Advanced settings to forward audio untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, and conversion is off: the call would end at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set both formats to μ-law 8000 Hz in the agent, or switch conversion on in Settings → Server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none: the caller hears silence until they speak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a first message in the agent's settings on elevenlabs.io.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the call overrides %1, which the agent does not allow: it would close the conversation (1008)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow them in the agent's Security tab, or leave them out of the call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dynamic variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required but not filled: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill them in the call (or give them defaults in the agent).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all required ones filled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::server::TcpWebSocket</name>
    <message>
        <source>WebSocket handshake with %1 timed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the peer did not answer our close frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only ws:// URLs are handled here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create a socket: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot watch the socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the WebSocket handshake answer is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server refused the WebSocket upgrade with HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server's WebSocket handshake is invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection lost without a close frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the peer stopped reading (%1 bytes queued); connection dropped</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::settings</name>
    <message>
        <source>%1 is empty; enter a URL such as https://…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 '%2' is not a base URL; use the form https://host (no query)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::settings::SecretStore</name>
    <message>
        <source>the OS keychain is switched off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No OS keychain is reachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OS keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file readable only by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this session only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the OS keychain is not reachable (%1); secrets come from the environment, this session or the private file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2). Choose to keep the secret for this session only, or to store it in %3, a file only you can read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no keychain service runs in this desktop session (GNOME Keyring, KWallet or another Secret Service provider)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::settings::Settings</name>
    <message>
        <source>%1 '%2' is not AC followed by 32 hex digits; copy it from the Twilio Console's Account Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 '%2' is not SK followed by 32 hex digits; create an API key in the Twilio Console (Account → API keys) or leave it empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 '%2' is not an E.164 number (%3); use the form +15551234567</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: number '%2' is not E.164 (%3); use the form +15551234567</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: agent '%2' for %3 is not an agent id; pick one from the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 '%2' is not an agent id (letters, digits, _ and -); pick one from the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 '%2' is not an IP address; use 127.0.0.1 (this machine) or 0.0.0.0 (all interfaces)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 '%2' is not an absolute path; choose a folder with Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 '%2' is not available; choose System, English or Deutsch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 '%2' is not one of: ask, session, file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 '%2' is out of range; use a whole number from %3 to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 '%2' is not on or off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contains spaces or line breaks (value not shown); paste it again without them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a secret; it is stored in the keychain, not here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 '%2' is not available; choose System, Light or Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 '%2' is not a database URL; write postgresql://user@host:5432/database or leave it empty for the local file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contains a password (not shown); remove it from the URL and type it into the Database password field, which keeps it in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is shorter than 16 characters (value not shown); use a long random one, e.g. the output of: openssl rand -hex 16</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::settings::StoreLocation</name>
    <message>
        <source>Database “%1”: only PostgreSQL URLs are supported; write postgresql://user@host:5432/database, or leave it empty for the local file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database URL “%1” is not a valid URL; write postgresql://user@host:5432/database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database URL “%1” names no host; write postgresql://user@host/database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database URL “%1” names no user; write postgresql://user@%2/database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database URL “%1”: the database name “%2” is missing or has characters other than letters, digits, '_', '.', '-'; write postgresql://user@host/patchline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database URL “%1”: port %2 is out of range; use 1–65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database URL parameter “%1” is not supported; use sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name or target_session_attrs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database URL parameter %1=“%2” has spaces, quotes or other characters; use letters, digits and ./:+,@-_ only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::store</name>
    <message>
        <source>Call %1 · %2 → %3 · agent %4 · %5
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended: %1

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  [interrupted; the caller heard %1 s]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  [interrupted]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchline incident bundle

Call %1 (stream %2, ElevenLabs conversation %3)
%4 → %5, agent %6, started %7, %8 s, ended: %9

recording.wav     stereo 8 kHz PCM16: caller left, agent right
transcript.txt    what was said, with offsets from the start of the stream
transcript.json   the same as JSON
timeline.jsonl    state changes, barge-ins, alarms, errors, Twilio status callbacks
metrics.json      figures measured at the bridge (turn latency, jitter, marks…)
wire.jsonl        every Twilio and ElevenLabs message (media payloads elided)
conversation.json ElevenLabs' post-call data for the conversation

Secrets (API keys, auth tokens, signatures) are redacted.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the bundle '%1' (zip error %2): choose a folder you can write to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1 into '%2' (disk full?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot finish the bundle '%1' (zip error %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::store::NodeStore</name>
    <message>
        <source>node %1 stopped heartbeating for more than %2 s during the call; marked interrupted by node %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::store::Storage</name>
    <message>
        <source>the call database refused a change: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> (and %n more since the last notice)</source>
        <translation>
            <numerusform> (and %n more since the last notice)</numerusform>
            <numerusform> (and %n more since the last notice)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were left open when Patchline last stopped; they are now marked interrupted, with recording and transcript kept</source>
        <translation>
            <numerusform>%n call was left open when Patchline last stopped; it is now marked interrupted, with recording and transcript kept</numerusform>
            <numerusform>%n calls were left open when Patchline last stopped; they are now marked interrupted, with recording and transcript kept</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n recording(s) older than %1 days deleted (Settings → Recording)</source>
        <translation>
            <numerusform>%n recording older than %1 days deleted (Settings → Recording)</numerusform>
            <numerusform>%n recordings older than %1 days deleted (Settings → Recording)</numerusform>
        </translation>
    </message>
    <message>
        <source>the call database is locked by another program or the disk is full (%1); changes wait in memory and are written when it is free again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the call database has been unavailable too long; further changes are dropped until it is free</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the call database is writable again; %n waiting change(s) written</source>
        <translation>
            <numerusform>the call database is writable again; %n waiting change written</numerusform>
            <numerusform>the call database is writable again; %n waiting changes written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n change(s) were lost while it was unavailable</source>
        <translation>
            <numerusform>; %n change was lost while it was unavailable</numerusform>
            <numerusform>; %n changes were lost while it was unavailable</numerusform>
        </translation>
    </message>
    <message>
        <source>refused to record call %1 to %2: the path is outside the data folder %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused to record call %1 to %2: the folder leads outside the data folder %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording of call %1 stopped after %2 s: %3; the call goes on and what was recorded stays playable. Free space in the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk is not keeping up with the calls: %1 MiB wait to be written; wire-log lines are dropped (and counted) until it catches up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wire log of call %1 stopped: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the disk caught up; %n wire-log line(s) were dropped so far</source>
        <translation>
            <numerusform>the disk caught up; %n wire-log line was dropped so far</numerusform>
            <numerusform>the disk caught up; %n wire-log lines were dropped so far</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; calls go on and their records wait in memory until it can be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the call database cannot be reached (%1); calls go on, and their records wait in memory and are written when it is back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot listen for other nodes' messages: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read other nodes' messages: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot hand a %1 for call %2 to node %3: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::store::SuiteStore</name>
    <message>
        <source>Suite name is empty: type a name such as “checkout flow”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suite name “%1…” is %2 characters long: use at most %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suite name contains control characters: use letters, digits and spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1: check the data folder's permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call %1: not in the call log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: already in the suite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: its recording is gone (recording was off, or retention deleted it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot copy its recording to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::suite</name>
    <message>
        <source>Replay call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the replay call failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, more than the %2 % allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn latency p50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn latency p90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grew %1 ms (%2), more than the %3 % allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barge-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 more than the original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time-to-yield (slowest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post-call analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no post-call analysis arrived for the replay (is the post-call webhook set in ElevenLabs and the public URL reachable?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call successful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>was success, now %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criterion %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passed in the original, now %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>was “%1”, now “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent's words the same</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the agent's words are the same, less than the %2 % required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passed %1 of %2, failed %3%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replay %1, agent %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent, original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent, replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suite %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent: %1. Started %2, finished %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each case's own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay %1 to agent %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agent answered no turn of the replay</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::twilio</name>
    <message>
        <source>enter the number to call, with + and country code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has no country code; start with + (e.g. +1 for the US)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' contains letters or symbols; use digits only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is too long for E.164 (at most 15 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is too short or has an invalid country code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhook failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio could not fetch TwiML from Patchline's voice webhook (unreachable, slow, or an error status).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the public URL reaches this app and run the reachability test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Geo permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account's voice geographic permissions do not allow this destination.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enable the country in Twilio Console → Voice → Geo permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong Account SID / Auth Token or API key, a deleted key, or a suspended account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-enter the Twilio credentials in settings and press Test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The call, number or account does not exist (or has ended).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the SID; an ended call cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account's API rate limit was reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchline retries with back-off; place fewer calls per second.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller ID not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The From number is not a Twilio number or verified caller ID of this account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a From number from the account's numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid 'To' number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number is not a valid, dialable E.164 number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the number with + and country code, e.g. +14155551212.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Geographic permissions do not allow calling this destination.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unverified number (trial)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trial accounts may only call verified numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify the number in Twilio Console, or upgrade the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid call state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The call is no longer in progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to do: the call has already ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trial accounts may only reach verified numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stream handshake error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchline answered the media stream upgrade with a status other than 101: wrong path, a query string in the stream URL, or a signature check that failed because the public URL is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the public URL setting; the signature-failure log names the URL that was checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stream closed by the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchline closed the media stream. Twilio logs this even when the call ended on purpose (agent hung up, operator ended it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look at the call's end reason in Patchline; often no action is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stream protocol error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio received a malformed WebSocket frame or message from Patchline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report it with the call's incident bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid stream track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A track other than inbound_track was requested on &lt;Connect&gt;&lt;Stream&gt; (for example track="both_tracks").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchline never sets track on &lt;Connect&gt;; check TwiML served by another app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Malformed stream message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio could not decode a message (binary frame or raw bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid stream message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A message was not JSON, had an unknown event, extra fields or a wrong streamSid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio error %1%2 (see https://www.twilio.com/docs/errors/%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio error %1, %2: %3 Fix: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stream's start carries no token parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stream's token is malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stream's token expired %1 s ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stream's token was not issued for this CallSid</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::twilio::RestClient</name>
    <message>
        <source>could not reach Twilio at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio answered HTTP %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::AgentListModel</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::AgentsPanel</name>
    <message>
        <source>ElevenLabs agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading agents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use for new calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs' records of this agent's conversations: transcript, reason it ended, cost, audio</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:#1b873a'&gt;✔ ready for phone calls&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;formats %2 in / %3 out · language %4&lt;br/&gt;first message: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overrides allowed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs dynamic variables: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::AlarmListModel</name>
    <message>
        <source>%1 (cleared)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::CallListModel</name>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barge-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · agent muted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From → To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this console</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::CallMetricsModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller stopped speaking → first agent audio sent to Twilio, measured at the bridge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p50 / p90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no turn yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 / %2 over %n turn(s)</source>
        <translation>
            <numerusform>%1 / %2 over %n turn</numerusform>
            <numerusform>%1 / %2 over %n turns</numerusform>
        </translation>
    </message>
    <message>
        <source>Barge-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barge-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last time-to-yield</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller speech onset → `clear` sent to Twilio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent ping_ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round trip the agent reports in its pings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio formats in / out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent connecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller → agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frames, audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 frames · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %1 dropped (not one 20 ms frame, or faster than real time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frame jitter p99</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How far Twilio's 20 ms frames arrive from their schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the wire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from Twilio · %2 to the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent → caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chunks, audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 chunks · %2 · %3 dropped after barge-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %1 withheld (muted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pacing: queued at Twilio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 now · %2 at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent audio sent ahead of what the caller has heard (what a clear cuts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pacing: underruns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n gap(s) mid-reply, %1 in all</source>
        <translation>
            <numerusform>%n gap mid-reply, %1 in all</numerusform>
            <numerusform>%n gaps mid-reply, %1 in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent audio that arrived after the audio before it had played out: the caller heard a gap inside a reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marks echoed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from the agent · %2 to Twilio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turns and barge-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered after %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time-to-yield %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · heard %1 of %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barge-in %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::CallWall</name>
    <message>
        <source>Live calls wall: click a call to open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No live calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no speech yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · barge-ins %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CSV file with a phone_number column; other columns become the agent's dynamic variables (agent_id, from and not_before are optional).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove rows with problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls at the same time (1–50)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> per second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio accepts 1 new call per second per account unless your limit was raised; faster requests are queued or refused (429)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only call between</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min apart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answering-machine detection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MachineDetection=Enable: Twilio reports human or machine before the agent starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>callee's local time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls &amp;created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calling &amp;window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open campaign CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems removed.</source>
        <translation>
            <numerusform>%n row with problems removed.</numerusform>
            <numerusform>%n rows with problems removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a trial account: it can call only the numbers verified on it, Twilio strips &lt;Stream&gt; (the agent is not connected) and limits concurrent calls. Upgrade the account before running a campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2. Choose another file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a CSV file to see its rows here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) can be dialled, %2 cannot (in red, reasons on the right). Double-click a cell to fix it, or remove those rows.</source>
        <translation>
            <numerusform>%1 of %n row can be dialled, %2 cannot (in red, reasons on the right). Double-click a cell to fix it, or remove those rows.</numerusform>
            <numerusform>%1 of %n rows can be dialled, %2 cannot (in red, reasons on the right). Double-click a cell to fix it, or remove those rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be dialled.</source>
        <translation>
            <numerusform>All %n row can be dialled.</numerusform>
            <numerusform>All %n rows can be dialled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 span several time zones: choose the one to use for their numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a CSV file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be used as it is; see the message above the settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no recipient rows.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Fix or remove the %n row(s) with problems first.</source>
        <translation>
            <numerusform>Fix or remove the %n row with problems first.</numerusform>
            <numerusform>Fix or remove the %n rows with problems first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the From number (one of the account's numbers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a time zone for %1, or switch the calling window off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calling window starts and ends at the same time; widen it or switch it off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b style='color:#b00020'&gt;Calls of this campaign would fail:&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start &amp;anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the accounts, the From number, the public URL and the agent before dialling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::CampaignPreviewModel</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::CampaignRowModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CallSid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data collected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retrying at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::CampaignWindow</name>
    <message>
        <source>Campaign — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%v of %m final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No new calls; live calls go on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel campaign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel campaign?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No further numbers are dialled and rows still waiting are marked cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n call(s) are live.</source>
        <translation>
            <numerusform>%n call are live.</numerusform>
            <numerusform>%n calls are live.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel and &amp;hang up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel, let live calls &amp;finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel &amp;campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export campaign results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Results exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ Not exported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queued %1 · dialling %2 · live %3 · retrying %4 · done %5 · failed %6 · cancelled %7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bundles of failed calls…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One incident bundle (zip: recording, transcript, timeline, wire log) per failed call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for the incident bundles</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>✓ %n incident bundle(s) written to %1</source>
        <translation>
            <numerusform>✓ %n incident bundle written to %1</numerusform>
            <numerusform>✓ %n incident bundles written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patchline::ui::CompareDialog</name>
    <message>
        <source>Compare calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B − A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn latency p50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn latency p90</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barge-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last time-to-yield</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent audio dropped (chunks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs cost (credits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::ConversationListModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::ConversationsDialog</name>
    <message>
        <source>&amp;Save audio…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conversation(s) (newest first)</source>
        <translation>
            <numerusform>%n conversation (newest first)</numerusform>
            <numerusform>%n conversations (newest first)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3 s · cost %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (interrupted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save conversation audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio (*.mp3 *.wav)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading the audio of %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::DialDialog</name>
    <message>
        <source>New outbound call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+14155551212</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the account's numbers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dynamic variables for the agent's {{placeholders}}; names starting with override_ override the agent's first message, prompt, language or voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add variable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the call (stereo WAV, caller left / agent right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detect answering machines (Twilio AMD; shows who answered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MachineDetection=Enable: Twilio listens for a few seconds after the answer and reports human or machine before the agent starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No voice numbers on the account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a trial account: Twilio strips &lt;Stream&gt; from TwiML on trial accounts, so the agent will not be connected, and only verified numbers can be called.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b style='color:#b00020'&gt;This call would fail:&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>will dial %1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>will dial %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · premium rate: the call costs extra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (not a real number: fine for the sandbox)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a dialable number in any numbering plan; check the country code and the digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid number in %2; check the digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose the caller ID (From) among the account's numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose the agent that answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent %1 needs the dynamic variable(s) %2; add them below, or ElevenLabs will refuse the call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking this call before dialling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the number to call in international form, e.g. +14155551212.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::HistoryModel</name>
    <message>
        <source>interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency p50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matching line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs cost</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::HistoryWindow</name>
    <message>
        <source>With &amp;alarms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchline — call history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All directions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended normally</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interrupted (Patchline stopped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search transcripts (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select two calls to compare them (Ctrl+Shift+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n call(s) · query %1 ms</source>
        <translation>
            <numerusform>%n call · query %1 ms</numerusform>
            <numerusform>%n calls · query %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot compare: call %1 is no longer in the call log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to s&amp;uite…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the selected calls cases of a regression suite: replayed to an agent later and judged against these originals (Ctrl+Shift+A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to suite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suite (pick one, or type a name for a new suite):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not added to suite “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n call(s) added to suite “%1” (Call → Regression suites, Ctrl+Shift+S)</source>
        <translation>
            <numerusform>%n call added to suite “%1” (Call → Regression suites, Ctrl+Shift+S)</numerusform>
            <numerusform>%n calls added to suite “%1” (Call → Regression suites, Ctrl+Shift+S)</numerusform>
        </translation>
    </message>
    <message>
        <source>; not added: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::MainWindow</name>
    <message>
        <source>Patchline — sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patchline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dial sandbox call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place a simulated call through the real bridge (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place an outbound test call through Twilio (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>calling: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call not placed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call not placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talk to the default agent with your microphone and speakers, no phone needed (Ctrl+T); End call hangs up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test agent: talking to the agent on call %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test agent not started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot test the agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay of %1 to its agent: call %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay of %1 not started: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot replay the call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;End call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hang up the selected call (Ctrl+E; Del in the list asks first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mute agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The caller stops hearing the agent of the selected call; the agent keeps listening (Ctrl+M again to unmute)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded calls: search, replay, export, compare (Ctrl+H); opens at the selected call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts, server, recording, alarms (Ctrl+,)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pre-flight check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check everything a real call needs (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Listen in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play the selected call on your speakers (Ctrl+L); speakers are chosen in Settings → Audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listen to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listen-in volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listen-in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All live calls at a glance; click one to open it (Ctrl+Shift+W)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wire inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the pre-flight check (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>✗ Pre-flight: %n problem(s)</source>
        <translation>
            <numerusform>✗ Pre-flight: %n problem</numerusform>
            <numerusform>✗ Pre-flight: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>! Pre-flight: %n warning(s)</source>
        <translation>
            <numerusform>! Pre-flight: %n warning</numerusform>
            <numerusform>! Pre-flight: %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Pre-flight: ready</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>⚠ %n Twilio request(s) refused (signature)</source>
        <translation>
            <numerusform>⚠ %n Twilio request refused (signature)</numerusform>
            <numerusform>⚠ %n Twilio requests refused (signature)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last: %1 — %2
Usually the public URL differs from the one Twilio calls. Click to open Settings → Server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sandbox call %1 placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-flight: checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bridge did not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bridge not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Change the port or bind address in Settings → Server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>secrets: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit Patchline?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n call(s) are live. Quitting hangs them up.</source>
        <translation>
            <numerusform>%n call is live. Quitting hangs it up.</numerusform>
            <numerusform>%n calls are live. Quitting hangs them up.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent muted: the caller hears silence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listening on %1:%2 · public URL %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n live call(s)</source>
        <translation>
            <numerusform>%n live call</numerusform>
            <numerusform>%n live calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live call(s) · bridge CPU %1%</source>
        <translation>
            <numerusform>%n live call · bridge CPU %1%</numerusform>
            <numerusform>%n live calls · bridge CPU %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>End call?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hang up %1 (%2 → %3)? The caller is disconnected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox mode: calls go through the real bridge to a simulated carrier and agent on this computer; no accounts are needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide this note (the window title still says sandbox)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the sandbox note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the caller and the agent say appears here while a call runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls, alarms and errors are logged here as they happen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms of the selected call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alarms on this call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The README was not found next to the program. It is in the source tree and in /usr/share/doc/patchline when installed as a package.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Patchline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Patchline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Patchline %1&lt;/h3&gt;&lt;p&gt;An operator console for AI phone agents: Twilio calls bridged to ElevenLabs Conversational AI agents, watched live, recorded and reviewed.&lt;/p&gt;&lt;p&gt;Qt %2 · speexdsp · libsndfile · QtKeychain · SQLite&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listen in to the selected call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End the selected call (asks first; in the calls list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected call (in the calls list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space, ←, →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History: play / pause, back / forward 5 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a call to see its alarms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:gray'&gt;No calls yet. %1&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+D&lt;/b&gt; to dial a sandbox call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls appear here when Twilio sends one, or press &lt;b&gt;Ctrl+N&lt;/b&gt; to place a test call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:gray'&gt;Select a call in the list.&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='font-size:large'&gt;&lt;b&gt;%1 → %2&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %3 &amp;nbsp; &lt;span style='color:white; background:%4'&gt;&amp;nbsp;%5&amp;nbsp;&lt;/span&gt; %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>price %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last turn %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>barge-ins %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (+%2 more, see Alarms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No calls yet. Ctrl+D dials a sandbox call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No calls yet. Calls appear here when Twilio sends one; Ctrl+N places a test call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; a simulated carrier and agent on this computer. &lt;b&gt;Ctrl+D&lt;/b&gt; dials a call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your Twilio and ElevenLabs accounts to take real calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;campaign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dial a list of numbers from a CSV file, with retries (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A campaign is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is still running. Cancel it, or wait until it has finished, before starting another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume campaign?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign “%1” (started %2) did not finish when Patchline last ran. Resuming repeats no attempt: finished rows stay finished, rows waiting for a retry get it when it is due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regression &amp;suites…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay recorded calls to an agent and judge them against the originals (Ctrl+Shift+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;earlier campaign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No campaign has run here yet: Call → New campaign… (Ctrl+Shift+N) starts one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open earlier campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign (newest first):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is still running. Cancel it, or wait until it has finished, before opening another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is %2. Opening it resumes it: finished rows stay finished, rows not yet dialled are dialled, rows waiting for a retry get it when it is due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Check the call database in Settings → Database (empty = the local file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to &amp;cluster…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share the call database with headless nodes and watch their live calls</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::MetricsPane</name>
    <message>
        <source>Call metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a call to see its latency, barge-ins, audio and pacing figures.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::OverviewWidget</name>
    <message>
        <source>Call waveform: click to seek</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alarm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>barge-in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::PreflightModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2
→ %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::ReviewPane</name>
    <message>
        <source>Play / pause (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording (WAV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcript (text or JSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident bundle (zip)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Replay to agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play this call's caller side to its agent again through the bridge, with no phone (Ctrl+Shift+R); the new call is compared with this one when it ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcript: click a line to play from there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot play the recording: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;i&gt;not recorded&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 &lt;i&gt;(deleted)&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt; · %3&lt;br/&gt;agent %4 · started %5 · %6&lt;br/&gt;%7: %8&lt;br/&gt;Twilio price: %9&lt;br/&gt;recording: %10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;br/&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (converted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;ElevenLabs&lt;/b&gt;&lt;br/&gt;&lt;i&gt;no conversation&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;ElevenLabs&lt;/b&gt; %1&lt;br/&gt;&lt;i&gt;no post-call data received (set the post-call webhook in the ElevenLabs agent to &lt;code&gt;/elevenlabs/post-call&lt;/code&gt;)&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;ElevenLabs&lt;/b&gt; %1&lt;br/&gt;outcome: &lt;b&gt;%2&lt;/b&gt; · %3 s · cost %4&lt;br/&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended: %1&lt;br/&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>summary: %1&lt;br/&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 = %2&lt;br/&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2&lt;br/&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot play one side: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export incident bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Exported to %1 &amp;nbsp; &lt;a href="%2"&gt;Open folder&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ Not exported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Choose a folder you can write to and export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the call has no recording to export (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;i&gt;No call selected. Pick one in the list above.&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Figures&lt;/b&gt;&lt;br/&gt;turns %1 · latency p50 %2, p90 %3&lt;br/&gt;barge-ins %4 · last time-to-yield %5&lt;br/&gt;alarms: %6&lt;br/&gt;jitter p99 %7&lt;br/&gt;formats %8%9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fetching from node %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 &lt;i&gt;(%2)&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional, SK…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default From number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>press Test to list the account's numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default From number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number (E.164)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbound number to agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbound calls:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs API region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none: press Test to list the agents)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default agent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) · %3 / %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ %1 (%2) · not telephony-ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://… (your tunnel; press Test to detect ngrok)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convert audio when the agent does not use μ-law 8 kHz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept streams without Patchline's webhook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media streams that did not come through Patchline's voice webhook, for your own TwiML pointing at Patchline. Such calls get the default agent; their stream parameters cannot choose the agent, prompt or variables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one per core</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bridge threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each call lives on one bridge thread; more threads spread calls over more cores. Takes effect when the bridge restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bridge threads:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Look for devices again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt 6.4 does not notice devices plugged in while it runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record every call (stereo WAV: caller left, agent right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recordings folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep recordings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep recordings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks everything a real call needs, with these settings (saved or not).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-flight results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go to setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart the bridge with the simulated carrier and agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call the real service with the values above (saved or not)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;No %1 found.&lt;/b&gt; Test agent needs a microphone and speakers (or a headset); phone calls do not. Check that the sound server (PulseAudio or PipeWire) runs, connect a device, then press "Look for devices again".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audio devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>microphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used by Test agent (talk to the agent without a phone). Devices are remembered by id; a missing one falls back to the system default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b style='color:#b3261e'&gt;%n problem(s) would stop a real call.&lt;/b&gt; Select a line and press Go to setting (or Enter).</source>
        <translation>
            <numerusform>&lt;b style='color:#b3261e'&gt;%n problem would stop a real call.&lt;/b&gt; Select a line and press Go to setting (or Enter).</numerusform>
            <numerusform>&lt;b style='color:#b3261e'&gt;%n problems would stop a real call.&lt;/b&gt; Select a line and press Go to setting (or Enter).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Ready, with %n warning(s).&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Ready, with %n warning.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Ready, with %n warnings.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style='color:#2e7d32'&gt;Ready: every check passed.&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete old recordings?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Recordings of calls that ended more than %n day(s) ago will be deleted when the bridge starts (now, if you restart it). The calls, their transcripts and figures stay in the history.</source>
        <translation>
            <numerusform>Recordings of calls that ended more than %n day ago will be deleted when the bridge starts (now, if you restart it). The calls, their transcripts and figures stay in the history.</numerusform>
            <numerusform>Recordings of calls that ended more than %n days ago will be deleted when the bridge starts (now, if you restart it). The calls, their transcripts and figures stay in the history.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep for this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store in a private file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A private file is readable only by your user account, but it is not encrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Not saved: %1 (%n secret(s) before it were stored already; the other settings were not).</source>
        <translation>
            <numerusform>Not saved: %1 (%n secret before it were stored already; the other settings were not).</numerusform>
            <numerusform>Not saved: %1 (%n secrets before it were stored already; the other settings were not).</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run listens on port %1 (from --port or the sandbox); the port above applies when Patchline starts without --port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language and theme apply at the next start.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n call(s) in progress will be hung up.</source>
        <translation>
            <numerusform>%n call in progress will be hung up.</numerusform>
            <numerusform>%n calls in progress will be hung up.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your accounts are set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bridge restarts to apply these settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the sandbox and restart the bridge with them now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls, transcripts, campaigns and suites are kept in a local file (patchline.sqlite in the data folder). A team shares one PostgreSQL database instead: several headless nodes and consoles then see one history. Takes effect when the bridge restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: the local file; postgresql://user@host/db</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the database: %1 cannot be reached; calls go on and their records wait in memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With a shared PostgreSQL database and the same monitor token on every node, this console also shows the live calls of the other nodes (end, mute and listen-in work on them) and plays their recordings. Nodes ask consoles for this token on /monitor and /recordings; empty turns both off.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Watching the live calls of %n other node(s) now.</source>
        <translation>
            <numerusform>Watching the live calls of %n other node now.</numerusform>
            <numerusform>Watching the live calls of %n other nodes now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not watching a cluster: that needs a PostgreSQL database and a token.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::SuiteCaseDialog</name>
    <message>
        <source>Case %1: passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1: failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The replay %1 (agent %2) kept to every rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The replay %1 (agent %2) broke these rules:
%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agent's lines, original and replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both calls side by side: figures and full transcripts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::SuiteChecksModel</name>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::SuiteReportModel</name>
    <message>
        <source>pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shown only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none that the rules count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case (original call)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same words</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::SuitesWindow</name>
    <message>
        <source>&amp;Delete suite…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ancel run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation criteria that passed must pass again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collected data must match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alarm the original did not raise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn latency p90 may grow by at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call length may change by at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra barge-ins allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agent's words must be the same for at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;JUnit XML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regression suites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Suites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add recorded calls from History: select them, then Add to suite…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each case's own agent (the one the recorded call talked to), or one agent for every case: a changed or branch agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replays at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many cases are replayed at the same time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay every case to the agent and judge it against its original (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the selected cases out of the suite (Del); the calls stay in History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Growth up to this many milliseconds always passes: a few frames of jitter are not a change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off by default: an LLM agent rarely says the same words twice even when nothing changed; the difference is shown either way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency growth that always passes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules are saved with the suite as you change them; the next run uses them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click or Enter: the case compared with its original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One self-contained HTML file: verdicts, figures, transcript differences and waveforms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JUnit XML for a CI job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ru&amp;les</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run&amp;s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export suite report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export JUnit XML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suite not run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suite %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each case's own agent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1 (%n case)</numerusform>
            <numerusform>%1 (%n cases)</numerusform>
        </translation>
    </message>
    <message>
        <source> · last run: %1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · last run: passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No suite yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>own agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No run yet: Run (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n case(s) taken out of the suite</source>
        <translation>
            <numerusform>%n case taken out of the suite</numerusform>
            <numerusform>%n cases taken out of the suite</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not take the cases out; see the log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete suite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete suite “%1” with its cases and runs? The recorded calls stay in History.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JUnit XML written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JUnit XML not written: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::TranscriptModel</name>
    <message>
        <source>Agent </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The caller talked over this line after hearing %1 s of it; the struck part was not heard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The caller talked over this line after hearing %1 s of it; the rest was not heard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The caller talked over this line; the rest was not heard.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::WaveformWidget</name>
    <message>
        <source>Live waveform: caller and agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No call selected. Pick one in the calls list; the two sides of the call are drawn here as it runs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::WireInspector</name>
    <message>
        <source>Hide audio frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gaps only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wire inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type contains…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as JSON lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected messages (all shown when none is selected) as JSON lines, secrets redacted (Ctrl+C)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:#b3261e'&gt;%n sequence gap(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style='color:#b3261e'&gt;%n sequence gap&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style='color:#b3261e'&gt;%n sequence gaps&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>no sequence gaps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a message to see all its fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
(audio payloads are not kept: the recording has the sound)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patchline::ui::WireModel</name>
    <message>
        <source>Sequence gap: Twilio sent %1 after %2 (messages lost or reordered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seq / chunk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event_id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Twilio Account SID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio Auth Token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio API Key SID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio API Key secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio API base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default From number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbound number → agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ElevenLabs API region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post-call webhook secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bind address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convert audio formats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bridge threads (0 = one per core)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept streams without our voice webhook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recordings folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep recordings (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-way audio alarm (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dead air alarm (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent silent alarm (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent audio not forwarded alarm (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpaired end alarm (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets without a keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cluster monitor token</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>