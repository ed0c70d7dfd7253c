<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Audio</name>
    <message>
        <source>cannot create recording &apos;%1&apos;: %2</source>
        <translation>Aufzeichnung &apos;%1&apos; kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot read audio file &apos;%1&apos;: %2</source>
        <translation>Audiodatei &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot decode audio data (%1 bytes): %2</source>
        <translation>Audiodaten (%1 Bytes) können nicht dekodiert werden: %2</translation>
    </message>
</context>
<context>
    <name>ElevenLabs</name>
    <message>
        <source>malformed JSON from the agent at offset %1: %2</source>
        <translation>fehlerhaftes JSON vom Agenten an Offset %1: %2</translation>
    </message>
    <message>
        <source>agent message without a &quot;type&quot; field</source>
        <translation>Agent-Nachricht ohne &quot;type&quot;-Feld</translation>
    </message>
    <message>
        <source>normal close: the agent ended the conversation</source>
        <translation>normales Schließen: der Agent hat das Gespräch beendet</translation>
    </message>
    <message>
        <source>agent-side operational error (timeout, LLM/TTS/ASR failure, policy violation, or no caller audio for 60 s)</source>
        <translation>Betriebsfehler auf Agent-Seite (Timeout, LLM-/TTS-/ASR-Ausfall, Richtlinienverstoß oder 60 s kein Audio vom Anrufer)</translation>
    </message>
    <message>
        <source>connection dropped without a close frame</source>
        <translation>Verbindung ohne Close-Frame abgebrochen</translation>
    </message>
    <message>
        <source>agent rejected the session (authentication, unknown agent, override not allowed, or missing dynamic variable)</source>
        <translation>Agent hat die Sitzung abgelehnt (Authentifizierung, unbekannter Agent, Override nicht erlaubt oder fehlende dynamische Variable)</translation>
    </message>
    <message>
        <source>unexpected internal error on the agent server</source>
        <translation>unerwarteter interner Fehler auf dem Agent-Server</translation>
    </message>
    <message>
        <source>close code %1</source>
        <translation>Close-Code %1</translation>
    </message>
    <message>
        <source>no post-call webhook secret is configured; copy it from the ElevenLabs webhook settings into Patchline&apos;s settings</source>
        <translation>kein Post-Call-Webhook-Secret konfiguriert; kopieren Sie es aus den ElevenLabs-Webhook-Einstellungen in die Einstellungen von Patchline</translation>
    </message>
    <message>
        <source>request has no ElevenLabs-Signature header</source>
        <translation>Anfrage hat keinen ElevenLabs-Signature-Header</translation>
    </message>
    <message>
        <source>ElevenLabs-Signature &apos;%1&apos; is not of the form t=&lt;unix seconds&gt;,v0=&lt;hex&gt;</source>
        <translation>ElevenLabs-Signature &apos;%1&apos; hat nicht die Form t=&lt;Unix-Sekunden&gt;,v0=&lt;hex&gt;</translation>
    </message>
    <message>
        <source>webhook timestamp %1 is %2 s old (limit %3 s); check this computer&apos;s clock or a replay</source>
        <translation>Webhook-Zeitstempel %1 ist %2 s alt (Grenze %3 s); prüfen Sie die Uhr dieses Computers oder ob ein Replay vorliegt</translation>
    </message>
    <message>
        <source>webhook timestamp %1 is %2 s in the future; check this computer&apos;s clock</source>
        <translation>Webhook-Zeitstempel %1 liegt %2 s in der Zukunft; prüfen Sie die Uhr dieses Computers</translation>
    </message>
    <message>
        <source>ElevenLabs-Signature does not match the body; check the post-call webhook secret in settings</source>
        <translation>ElevenLabs-Signature passt nicht zum Body; prüfen Sie das Post-Call-Webhook-Secret in den Einstellungen</translation>
    </message>
    <message>
        <source>post-call webhook is not JSON: %1</source>
        <translation>Post-Call-Webhook ist kein JSON: %1</translation>
    </message>
    <message>
        <source>post-call webhook has no data.conversation_id</source>
        <translation>Post-Call-Webhook hat keine data.conversation_id</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln Credit</numerusform>
            <numerusform>%Ln Credits</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>klingelt</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>agent connected</source>
        <translation>Agent verbunden</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>ending</source>
        <translation>endet</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>initiated</source>
        <translation>eingeleitet</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>besetzt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>outbound (dial)</source>
        <translation>ausgehend (Dial)</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>test agent</source>
        <translation>Agent-Test</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>barge-in</source>
        <translation>Barge-in</translation>
    </message>
    <message>
        <source>turn</source>
        <translation>Sprecherwechsel</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>alarm cleared</source>
        <translation>Alarm aufgehoben</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>ListenIn</name>
    <message>
        <source>No speaker or headset found to listen in on. Connect one (and check that the sound server runs), or choose one in Settings → Audio.</source>
        <translation>Kein Lautsprecher oder Headset zum Mithören gefunden. Schließen Sie eines an (und prüfen Sie, ob der Soundserver läuft) oder wählen Sie eines unter Einstellungen → Audio.</translation>
    </message>
    <message>
        <source>The speaker &apos;%1&apos; could not be opened for listen-in; choose another in Settings → Audio.</source>
        <translation>Der Lautsprecher &apos;%1&apos; konnte zum Mithören nicht geöffnet werden; wählen Sie unter Einstellungen → Audio einen anderen.</translation>
    </message>
</context>
<context>
    <name>NumberType</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>Festnetz oder Mobilfunk</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gebührenfrei</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>Mehrwertdienst</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>geteilte Kosten</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>persönliche Rufnummer</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>UAN</source>
        <translation>UAN</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>Mailbox</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Default (api.elevenlabs.io)</source>
        <translation>Standard (api.elevenlabs.io)</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>EU data residency</source>
        <translation>EU-Datenresidenz</translation>
    </message>
    <message>
        <source>India data residency</source>
        <translation>Datenresidenz Indien</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot open call database &apos;%1&apos;: %2</source>
        <translation>Anrufdatenbank &apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>call database has schema version %1, newer than this Patchline (%2); use a newer build or another data folder</source>
        <translation>Anrufdatenbank hat Schemaversion %1, neuer als dieses Patchline (%2); verwenden Sie einen neueren Build oder einen anderen Datenordner</translation>
    </message>
    <message>
        <source>Patchline stopped during the call; recording and transcript kept up to the moment it stopped</source>
        <translation>Patchline wurde während des Anrufs beendet; Aufzeichnung und Transkript bis zu diesem Zeitpunkt erhalten</translation>
    </message>
    <message>
        <source>cannot delete old recording %1</source>
        <translation>alte Aufzeichnung %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>history query failed: %1</source>
        <translation>Verlaufsabfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot upgrade the call database to version %1: %2</source>
        <translation>die Anrufdatenbank kann nicht auf Version %1 gebracht werden: %2</translation>
    </message>
    <message>
        <source>cannot open call database &apos;%1&apos;: Qt&apos;s %2 driver is not installed (Debian: apt-get install libqt6sql6-psql)</source>
        <translation>Anrufdatenbank &apos;%1&apos; kann nicht geöffnet werden: Qts Treiber %2 ist nicht installiert (Debian: apt-get install libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot reach call database &apos;%1&apos;: %2</source>
        <translation>Anrufdatenbank &apos;%1&apos; ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>TestLine</name>
    <message>
        <source>the bridge closed the line (%1 %2)</source>
        <translation>die Brücke hat die Leitung geschlossen (%1 %2)</translation>
    </message>
</context>
<context>
    <name>Twilio</name>
    <message>
        <source>malformed JSON from Twilio at offset %1: %2</source>
        <translation>fehlerhaftes JSON von Twilio an Offset %1: %2</translation>
    </message>
    <message>
        <source>Twilio message without an &quot;event&quot; field</source>
        <translation>Twilio-Nachricht ohne &quot;event&quot;-Feld</translation>
    </message>
    <message>
        <source>Twilio media message without a &quot;payload&quot; string</source>
        <translation>Twilio-media-Nachricht ohne &quot;payload&quot;-String</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <source>dtmf</source>
        <translation>dtmf</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>mark</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no Twilio Auth Token is configured, so X-Twilio-Signature cannot be checked; set the Auth Token in settings</source>
        <translation>kein Twilio Auth Token konfiguriert, daher kann X-Twilio-Signature nicht geprüft werden; tragen Sie den Auth Token in den Einstellungen ein</translation>
    </message>
    <message>
        <source>request has no X-Twilio-Signature header</source>
        <translation>Anfrage hat keinen X-Twilio-Signature-Header</translation>
    </message>
    <message>
        <source>X-Twilio-Signature does not match %1 (is the public URL setting the exact URL Twilio calls?)</source>
        <translation>X-Twilio-Signature passt nicht zu %1 (ist die eingestellte öffentliche URL genau die URL, die Twilio aufruft?)</translation>
    </message>
    <message>
        <source>stream URL &apos;%1&apos; must be an absolute wss:// URL; set the public URL to your tunnel&apos;s https:// address</source>
        <translation>Stream-URL &apos;%1&apos; muss eine absolute wss://-URL sein; setzen Sie die öffentliche URL auf die https://-Adresse Ihres Tunnels</translation>
    </message>
    <message>
        <source>stream URL &apos;%1&apos; has a query string, which Twilio strips; pass values as &lt;Parameter&gt; instead</source>
        <translation>Stream-URL &apos;%1&apos; enthält einen Query-String, den Twilio entfernt; übergeben Sie Werte stattdessen als &lt;Parameter&gt;</translation>
    </message>
    <message>
        <source>stream parameter &apos;%1&apos; is %2 characters with its value; Twilio allows under 500</source>
        <translation>Stream-Parameter &apos;%1&apos; ist mit Wert %2 Zeichen lang; Twilio erlaubt weniger als 500</translation>
    </message>
    <message>
        <source>TwiML line %1: %2</source>
        <translation>TwiML Zeile %1: %2</translation>
    </message>
    <message>
        <source>TwiML has no &lt;Response&gt; root</source>
        <translation>TwiML hat kein &lt;Response&gt;-Wurzelelement</translation>
    </message>
    <message>
        <source>X-Twilio-Signature is not a base64 HMAC-SHA1 (28 characters); the request did not come from Twilio</source>
        <translation>X-Twilio-Signature ist kein Base64-HMAC-SHA1 (28 Zeichen); die Anfrage kam nicht von Twilio</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Patchline bridges Twilio phone calls to ElevenLabs Conversational AI agents and shows an operator what happens.</source>
        <translation>Patchline verbindet Twilio-Telefonanrufe mit ElevenLabs-Conversational-AI-Agenten und zeigt dem Operator, was dabei geschieht.</translation>
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
        <translation>HTTP-/WebSocket-Port (Standard 8787, 0 = beliebig).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Public https:// base URL Twilio uses to reach this app (your tunnel).</source>
        <translation>Öffentliche https://-Basis-URL, über die Twilio diese App erreicht (Ihr Tunnel).</translation>
    </message>
    <message>
        <source>Default ElevenLabs agent id.</source>
        <translation>Standard-Agent-ID bei ElevenLabs.</translation>
    </message>
    <message>
        <source>Place one sandbox call, print its transcript and figures, exit.</source>
        <translation>Einen Sandbox-Anruf starten, Transkript und Kennzahlen ausgeben, beenden.</translation>
    </message>
    <message>
        <source>Load benchmark: run N concurrent sandbox calls.</source>
        <translation>Lasttest: N gleichzeitige Sandbox-Anrufe ausführen.</translation>
    </message>
    <message>
        <source>Load benchmark: length of each call in seconds (default 10).</source>
        <translation>Lasttest: Dauer jedes Anrufs in Sekunden (Standard 10).</translation>
    </message>
    <message>
        <source>Folder for the call log and recordings.</source>
        <translation>Ordner für Anrufprotokoll und Aufzeichnungen.</translation>
    </message>
    <message>
        <source>Do not record calls.</source>
        <translation>Anrufe nicht aufzeichnen.</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port number; use 0-65535</source>
        <translation>--port &apos;%1&apos; ist keine Portnummer; verwenden Sie 0-65535</translation>
    </message>
    <message>
        <source>--bind &apos;%1&apos; is not an IP address; use e.g. 127.0.0.1</source>
        <translation>--bind &apos;%1&apos; ist keine IP-Adresse; verwenden Sie z. B. 127.0.0.1</translation>
    </message>
    <message>
        <source>--public-url &apos;%1&apos; is not a base URL; use e.g. https://abc.ngrok.app</source>
        <translation>--public-url &apos;%1&apos; ist keine Basis-URL; verwenden Sie z. B. https://abc.ngrok.app</translation>
    </message>
    <message>
        <source>--calls &apos;%1&apos; must be a number from 1 to 5000</source>
        <translation>--calls &apos;%1&apos; muss eine Zahl von 1 bis 5000 sein</translation>
    </message>
    <message>
        <source>--duration &apos;%1&apos; must be 1 to 3600 seconds</source>
        <translation>--duration &apos;%1&apos; muss 1 bis 3600 Sekunden betragen</translation>
    </message>
    <message>
        <source>--demo-call and --calls need --sandbox</source>
        <translation>--demo-call und --calls erfordern --sandbox</translation>
    </message>
    <message>
        <source>Audio formats the sandbox agent announces, IN/OUT (default ulaw_8000/ulaw_8000, e.g. pcm_16000/pcm_44100).</source>
        <translation>Audioformate, die der Sandbox-Agent ankündigt, IN/OUT (Standard ulaw_8000/ulaw_8000, z. B. pcm_16000/pcm_44100).</translation>
    </message>
    <message>
        <source>ElevenLabs API base: a URL, or us / eu / in for the regional and data-residency hosts (default https://api.elevenlabs.io).</source>
        <translation>ElevenLabs-API-Basis: eine URL oder us / eu / in für die regionalen Hosts bzw. Hosts mit Datenresidenz (Standard https://api.elevenlabs.io).</translation>
    </message>
    <message>
        <source>--elevenlabs-api-base &apos;%1&apos; is not a URL or one of us, eu, in</source>
        <translation>--elevenlabs-api-base &apos;%1&apos; ist weder eine URL noch einer der Werte us, eu, in</translation>
    </message>
    <message>
        <source>--sandbox-formats &apos;%1&apos; is not IN/OUT with formats like ulaw_8000, pcm_16000, pcm_22050, pcm_24000, pcm_44100, pcm_48000</source>
        <translation>--sandbox-formats &apos;%1&apos; ist nicht IN/OUT mit Formaten wie ulaw_8000, pcm_16000, pcm_22050, pcm_24000, pcm_44100, pcm_48000</translation>
    </message>
    <message>
        <source>Place an outbound call to this E.164 number through Twilio&apos;s REST API, print it, exit when it ends.</source>
        <translation>Einen ausgehenden Anruf an diese E.164-Nummer über die REST-API von Twilio starten, ausgeben und nach Anrufende beenden.</translation>
    </message>
    <message>
        <source>Caller ID for --dial: one of the account&apos;s numbers.</source>
        <translation>Anrufer-ID für --dial: eine der Nummern des Kontos.</translation>
    </message>
    <message>
        <source>Dynamic variable for --dial, name=value (repeatable).</source>
        <translation>Dynamische Variable für --dial, name=value (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Twilio REST base URL (default https://api.twilio.com).</source>
        <translation>Twilio-REST-Basis-URL (Standard https://api.twilio.com).</translation>
    </message>
    <message>
        <source>--twilio-api-base &apos;%1&apos; is not a URL; use e.g. https://api.dublin.ie1.twilio.com</source>
        <translation>--twilio-api-base &apos;%1&apos; ist keine URL; verwenden Sie z. B. https://api.dublin.ie1.twilio.com</translation>
    </message>
    <message>
        <source>--dial: %1</source>
        <translation>--dial: %1</translation>
    </message>
    <message>
        <source>Run the pre-flight check (credentials, numbers, public URL, agent), print it and exit: 0 when nothing failed, 3 otherwise. With --dial/--from/--var it checks that call too.</source>
        <translation>Vorabprüfung ausführen (Zugangsdaten, Nummern, öffentliche URL, Agent), ausgeben und beenden: 0, wenn nichts fehlschlug, sonst 3. Mit --dial/--from/--var wird auch dieser Anruf geprüft.</translation>
    </message>
    <message>
        <source>--dial needs --from with one of the Twilio account&apos;s numbers (or a default From number in the settings)</source>
        <translation>--dial erfordert --from mit einer der Nummern des Twilio-Kontos (oder eine Standard-Absendernummer in den Einstellungen)</translation>
    </message>
    <message>
        <source>--var &apos;%1&apos; is not name=value; use e.g. --var customer_name=Ada</source>
        <translation>--var &apos;%1&apos; hat nicht die Form name=value; verwenden Sie z. B. --var customer_name=Ada</translation>
    </message>
    <message>
        <source>Replay a call recording&apos;s caller side (left channel) to the agent through the bridge at real-time pace, with no phone; print the transcript and figures, exit (implies --headless).</source>
        <translation>Die Anruferseite (linker Kanal) einer Anrufaufnahme in Echtzeit über die Bridge erneut an den Agenten abspielen, ohne Telefon; Transkript und Kennzahlen ausgeben, beenden (impliziert --headless).</translation>
    </message>
    <message>
        <source>--replay &apos;%1&apos;: no such file; give the path of a call recording (the history&apos;s review pane shows it)</source>
        <translation>--replay &apos;%1&apos;: Datei nicht gefunden; geben Sie den Pfad einer Anrufaufnahme an (die Auswertung im Verlauf zeigt ihn)</translation>
    </message>
    <message>
        <source>Load benchmark: while the calls run, attack the server over loopback (a 20 MB POST, an endless header, 2,000 idle connections, slowloris) and report what the calls and the attackers saw.</source>
        <translation>Lasttest: greift während der Anrufe den Server über Loopback an (ein POST mit 20 MB, ein endloser Header, 2.000 untätige Verbindungen, Slowloris) und berichtet, was die Anrufe und die Angreifer erlebt haben.</translation>
    </message>
    <message>
        <source>Bridge threads; each call lives on one (default: one per core).</source>
        <translation>Bridge-Threads; jeder Anruf läuft ganz auf einem (Standard: einer pro Prozessorkern).</translation>
    </message>
    <message>
        <source>--shards &apos;%1&apos; must be a number of threads from 1 to 64</source>
        <translation>--shards &apos;%1&apos; muss eine Anzahl Threads von 1 bis 64 sein</translation>
    </message>
    <message>
        <source>--abuse goes with --calls N</source>
        <translation>--abuse gehört zu --calls N</translation>
    </message>
    <message>
        <source>Headless: on SIGTERM or Ctrl+C refuse new calls and give live calls up to S seconds to end (default 30), then hang up the rest and exit.</source>
        <translation>Ohne Fenster: bei SIGTERM oder Strg+C neue Anrufe abweisen, laufenden Anrufen bis zu S Sekunden zum Beenden geben (Vorgabe 30), dann die übrigen auflegen und beenden.</translation>
    </message>
    <message>
        <source>--drain &apos;%1&apos; must be 0 to 3600 seconds</source>
        <translation>--drain &apos;%1&apos; muss zwischen 0 und 3600 Sekunden liegen</translation>
    </message>
    <message>
        <source>Dial every row of a campaign CSV (a phone_number column; other columns are dynamic variables) with --from and --agent, print progress and a summary, exit 0 when every row reached a final state (implies --headless). Run the same command again to resume an interrupted campaign.</source>
        <translation>Jede Zeile einer Kampagnen-CSV anrufen (eine Spalte phone_number; weitere Spalten sind dynamische Variablen) mit --from und --agent, Fortschritt und Zusammenfassung ausgeben, mit 0 enden, wenn jede Zeile einen Endzustand erreicht hat (schließt --headless ein). Denselben Befehl erneut ausführen, um eine unterbrochene Kampagne fortzusetzen.</translation>
    </message>
    <message>
        <source>Campaign: calls created per second, 0.1-100 (default 1, Twilio&apos;s default account limit).</source>
        <translation>Kampagne: angelegte Anrufe pro Sekunde, 0,1-100 (Standard 1, Twilios Standardgrenze je Konto).</translation>
    </message>
    <message>
        <source>Campaign: attempts per number for busy or no-answer, 1-10 (default 3).</source>
        <translation>Kampagne: Versuche je Nummer bei besetzt oder keiner Antwort, 1-10 (Standard 3).</translation>
    </message>
    <message>
        <source>Campaign: seconds between attempts (default 300).</source>
        <translation>Kampagne: Sekunden zwischen den Versuchen (Standard 300).</translation>
    </message>
    <message>
        <source>Campaign: call only between these local times of the callee, e.g. 09:00-20:00.</source>
        <translation>Kampagne: nur zwischen diesen Ortszeiten der Angerufenen anrufen, z. B. 09:00-20:00.</translation>
    </message>
    <message>
        <source>Campaign: time zone for numbers whose country has several (e.g. America/New_York), for --calling-window.</source>
        <translation>Kampagne: Zeitzone für Nummern aus Ländern mit mehreren (z. B. America/New_York), für --calling-window.</translation>
    </message>
    <message>
        <source>Campaign: answering-machine detection on.</source>
        <translation>Kampagne: Anrufbeantworter-Erkennung ein.</translation>
    </message>
    <message>
        <source>--campaign &apos;%1&apos; cannot be read (%2); give the path of a CSV file with a phone_number column</source>
        <translation>--campaign &apos;%1&apos; kann nicht gelesen werden (%2); geben Sie den Pfad einer CSV-Datei mit einer Spalte phone_number an</translation>
    </message>
    <message>
        <source>--campaign needs --from with one of the Twilio account&apos;s numbers (or a default From number in the settings)</source>
        <translation>--campaign braucht --from mit einer Nummer des Twilio-Kontos (oder eine Standard-Absendernummer in den Einstellungen)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a whole number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; muss eine ganze Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>--cps &apos;%1&apos; must be a number from 0.1 to 100 calls per second</source>
        <translation>--cps &apos;%1&apos; muss eine Zahl von 0.1 bis 100 Anrufen pro Sekunde sein</translation>
    </message>
    <message>
        <source>--calling-window &apos;%1&apos; is not two different times HH:MM-HH:MM; use e.g. 09:00-20:00</source>
        <translation>--calling-window &apos;%1&apos; sind keine zwei verschiedenen Uhrzeiten HH:MM-HH:MM; verwenden Sie z. B. 09:00-20:00</translation>
    </message>
    <message>
        <source>--timezone &apos;%1&apos; is not a time zone; use an IANA name such as America/New_York</source>
        <translation>--timezone &apos;%1&apos; ist keine Zeitzone; verwenden Sie einen IANA-Namen wie America/New_York</translation>
    </message>
    <message>
        <source>Campaign: when it ends, write one CSV line per recipient with its outcome and ElevenLabs&apos; analysis to this file.</source>
        <translation>Kampagne: am Ende eine CSV-Zeile je Empfänger mit Ergebnis und der Analyse von ElevenLabs in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Campaign: calls at once, 1-50 (default 1). Suite: replays at once, 1-20 (default 3).</source>
        <translation>Kampagne: gleichzeitige Anrufe, 1-50 (Standard 1). Testsuite: gleichzeitige Wiederholungen, 1-20 (Standard 3).</translation>
    </message>
    <message>
        <source>Run the regression suite NAME: replay each recorded call in it to its own agent (or --agent), judge each against its original by the suite&apos;s rules, print the verdicts, exit 0 when every case passed, 3 when any failed (implies --headless).</source>
        <translation>Die Testsuite NAME ausführen: jeden aufgezeichneten Anruf darin erneut an seinen eigenen Agenten (oder --agent) abspielen, jeden nach den Regeln der Testsuite anhand seines Originals bewerten, die Bewertungen ausgeben, mit 0 enden, wenn jeder Testfall bestanden hat, mit 3, wenn einer fehlschlug (impliziert --headless).</translation>
    </message>
    <message>
        <source>Suite: write the verdicts as JUnit XML to this file (for a CI job).</source>
        <translation>Testsuite: die Bewertungen als JUnit XML in diese Datei schreiben (für einen CI-Job).</translation>
    </message>
    <message>
        <source>Suite: write the report as one self-contained HTML file (transcript differences, figures, waveforms).</source>
        <translation>Testsuite: den Bericht als eine eigenständige HTML-Datei schreiben (Transkriptunterschiede, Kennzahlen, Wellenformen).</translation>
    </message>
    <message>
        <source>--suite &apos;%1&apos; is not a suite name; give the name shown in Regression suites</source>
        <translation>--suite &apos;%1&apos; ist kein Name einer Testsuite; geben Sie den Namen an, der unter Regressionstests angezeigt wird</translation>
    </message>
    <message>
        <source>--concurrency &apos;%1&apos; must be a whole number from 1 to 20 for --suite</source>
        <translation>--concurrency &apos;%1&apos; muss für --suite eine ganze Zahl von 1 bis 20 sein</translation>
    </message>
    <message>
        <source>--junit and --report need --suite NAME</source>
        <translation>--junit und --report erfordern --suite NAME</translation>
    </message>
    <message>
        <source>--suite runs alone: leave out --campaign, --dial, --check and --replay</source>
        <translation>--suite läuft allein: --campaign, --dial, --check und --replay weglassen</translation>
    </message>
    <message>
        <source>The call log&apos;s database: postgresql://user@host[:port]/database (password from PATCHLINE_STORE_PASSWORD, PGPASSWORD or ~/.pgpass); default: patchline.sqlite in the data folder.</source>
        <translation>Datenbank des Anrufprotokolls: postgresql://benutzer@host[:port]/datenbank (Passwort aus PATCHLINE_STORE_PASSWORD, PGPASSWORD oder ~/.pgpass); Standard: patchline.sqlite im Datenordner.</translation>
    </message>
    <message>
        <source>This node&apos;s name on a shared database (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; default: none).</source>
        <translation>Name dieses Knotens in einer gemeinsamen Datenbank (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; Standard: keiner).</translation>
    </message>
    <message>
        <source>--node &apos;%1&apos; is not a node name; use 1 to 63 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>--node &apos;%1&apos; ist kein Knotenname; verwenden Sie 1 bis 63 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>With --node: seconds without a heartbeat after which another node marks this node&apos;s live calls interrupted (default 30; heartbeats every third).</source>
        <translation>Mit --node: Sekunden ohne Heartbeat, nach denen ein anderer Knoten die laufenden Anrufe dieses Knotens als unterbrochen markiert (Standard 30; ein Heartbeat je Drittel davon).</translation>
    </message>
    <message>
        <source>--lease &apos;%1&apos; is not a number of seconds from 1.5 to 3600</source>
        <translation>--lease &apos;%1&apos; ist keine Sekundenzahl von 1,5 bis 3600</translation>
    </message>
</context>
<context>
    <name>patchline::app::Headless</name>
    <message>
        <source>Patchline %1 listening on %2:%3 (public URL %4)%5</source>
        <translation>Patchline %1 lauscht auf %2:%3 (öffentliche URL %4)%5</translation>
    </message>
    <message>
        <source>, sandbox mode</source>
        <translation>, Sandbox-Modus</translation>
    </message>
    <message>
        <source>load: %1 concurrent sandbox calls of about %2 s each</source>
        <translation>Last: %1 gleichzeitige Sandbox-Anrufe zu je etwa %2 s</translation>
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
        <translation>Anruf %1 beendet: %2</translation>
    </message>
    <message>
        <source>  duration        %1 s</source>
        <translation>  Dauer           %1 s</translation>
    </message>
    <message>
        <source>  caller → agent  %1 frames (%2 s of audio)</source>
        <translation>  Anrufer → Agent %1 Frames (%2 s Audio)</translation>
    </message>
    <message>
        <source>  agent → caller  %1 chunks (%2 s), %3 stale chunks dropped</source>
        <translation>  Agent → Anrufer %1 Chunks (%2 s), %3 veraltete Chunks verworfen</translation>
    </message>
    <message>
        <source>  barge-ins       %1; marks %2 sent / %3 echoed; pings %4 / pongs %5</source>
        <translation>  Unterbrechungen %1; Marks %2 gesendet / %3 zurückgemeldet; Pings %4 / Pongs %5</translation>
    </message>
    <message>
        <source>  agent formats   %1, conversation %2</source>
        <translation>  Agent-Formate   %1, Konversation %2</translation>
    </message>
    <message>
        <source>  recording       %1</source>
        <translation>  Aufzeichnung    %1</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(aus)</translation>
    </message>
    <message>
        <source>load results (%1 calls, %2 failed, wall %3 s)</source>
        <translation>Lastergebnisse (%1 Anrufe, %2 fehlgeschlagen, Gesamtzeit %3 s)</translation>
    </message>
    <message>
        <source>frames lost or duplicated: caller→agent %1 of %2, agent→caller %3 of %4</source>
        <translation>Frames verloren oder doppelt: Anrufer→Agent %1 von %2, Agent→Anrufer %3 von %4</translation>
    </message>
    <message>
        <source>bridge CPU %1 s (%2 s per call-minute); sandbox CPU %3 s (measured apart)</source>
        <translation>CPU Brücke %1 s (%2 s pro Anrufminute); CPU Sandbox %3 s (getrennt gemessen)</translation>
    </message>
    <message>
        <source>  conversion      %1; %2 ms of bridge CPU for %3 s of call</source>
        <translation>  Konvertierung   %1; %2 ms Brücken-CPU für %3 s Anruf</translation>
    </message>
    <message>
        <source>bridge handling per %1: p50 %2 µs  p99 %3 µs  max %4 µs  (%5)</source>
        <translation>Verarbeitung in der Brücke pro %1: p50 %2 µs  p99 %3 µs  max %4 µs  (%5)</translation>
    </message>
    <message>
        <source>frame, caller→agent</source>
        <translation>Frame, Anrufer→Agent</translation>
    </message>
    <message>
        <source>chunk, agent→caller</source>
        <translation>Chunk, Agent→Anrufer</translation>
    </message>
    <message>
        <source>end-to-end via loopback (includes sandbox thread delays), %1: p50 %2 ms  p99 %3 ms  max %4 ms</source>
        <translation>Ende-zu-Ende über Loopback (inkl. Verzögerungen der Sandbox-Threads), %1: p50 %2 ms  p99 %3 ms  max %4 ms</translation>
    </message>
    <message>
        <source>caller→agent</source>
        <translation>Anrufer→Agent</translation>
    </message>
    <message>
        <source>agent→caller</source>
        <translation>Agent→Anrufer</translation>
    </message>
    <message>
        <source>  turn latency    p50 %1 ms, p90 %2 ms over %3 turns; time-to-yield %4 ms; inbound jitter p99 %5 ms</source>
        <translation>  Antwortlatenz   p50 %1 ms, p90 %2 ms über %3 Sprecherwechsel; Zeit bis zum Verstummen %4 ms; Eingangs-Jitter p99 %5 ms</translation>
    </message>
    <message>
        <source>could not place the call: %1</source>
        <translation>Anruf konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>dialled %1: %2</source>
        <translation>%1 gewählt: %2</translation>
    </message>
    <message>
        <source>pre-flight: nothing failed</source>
        <translation>Vorabprüfung: nichts fehlgeschlagen</translation>
    </message>
    <message>
        <source>pre-flight: FAILED — fix the lines marked ✗</source>
        <translation>Vorabprüfung: FEHLGESCHLAGEN – beheben Sie die mit ✗ markierten Zeilen</translation>
    </message>
    <message>
        <source>could not replay: %1</source>
        <translation>Wiedergabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>replaying the caller side of %1 to the agent (call %2)</source>
        <translation>spiele die Anruferseite von %1 an den Agenten ab (Anruf %2)</translation>
    </message>
    <message>
        <source>  pacing          agent audio up to %1 ms ahead of the caller&apos;s ear; %2 underrun(s) mid-reply (%3 ms)</source>
        <translation>  Takt            Agent-Audio bis zu %1 ms vor dem Ohr des Anrufers; %2 Aussetzer mitten in Antworten (%3 ms)</translation>
    </message>
    <message>
        <source>  bytes           audio %1 kB in / %2 kB out; on the wire Twilio %3 kB in / %4 kB out, agent %5 kB in / %6 kB out</source>
        <translation>  Bytes           Audio %1 kB ein / %2 kB aus; auf der Leitung Twilio %3 kB ein / %4 kB aus, Agent %5 kB ein / %6 kB aus</translation>
    </message>
    <message>
        <source>  alarms          %1</source>
        <translation>  Alarme          %1</translation>
    </message>
    <message>
        <source>Patchline CPU (every thread but the simulated parties: bridge, HTTP, storage, main) %1 s (%2 s per call-minute)</source>
        <translation>Patchline-CPU (alle Threads außer den simulierten Gegenstellen: Bridge, HTTP, Speicher, Haupt-Thread) %1 s (%2 s pro Gesprächsminute)</translation>
    </message>
    <message>
        <source>peak RSS %1 MiB (idle %2 MiB, %3 KiB per call beyond idle)</source>
        <translation>Spitzen-RSS %1 MiB (im Leerlauf %2 MiB, %3 KiB pro Anruf darüber)</translation>
    </message>
    <message numerus="yes">
        <source>stopping at once (second signal); %n call(s) cut off</source>
        <translation>
            <numerusform>sofortiger Halt (zweites Signal); %n Anruf abgebrochen</numerusform>
            <numerusform>sofortiger Halt (zweites Signal); %n Anrufe abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping: no live calls</source>
        <translation>Halt: keine laufenden Anrufe</translation>
    </message>
    <message numerus="yes">
        <source>stopping: new calls are refused; %n live call(s) get up to %1 s to end (signal again to stop at once)</source>
        <translation>
            <numerusform>Halt: neue Anrufe werden abgewiesen; %n laufender Anruf hat bis zu %1 s Zeit zum Enden (erneutes Signal hält sofort an)</numerusform>
            <numerusform>Halt: neue Anrufe werden abgewiesen; %n laufende Anrufe haben bis zu %1 s Zeit zum Enden (erneutes Signal hält sofort an)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopping: hanging up %n call(s) still live after %1 s</source>
        <translation>
            <numerusform>Halt: lege %n Anruf auf, der nach %1 s noch läuft</numerusform>
            <numerusform>Halt: lege %n Anrufe auf, die nach %1 s noch laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping: every call has ended</source>
        <translation>Halt: alle Anrufe sind beendet</translation>
    </message>
    <message>
        <source>campaign paused: no new calls; run the same command again to resume</source>
        <translation>Kampagne angehalten: keine neuen Anrufe; denselben Befehl erneut ausführen, um fortzusetzen</translation>
    </message>
    <message>
        <source>row %1%2%3: %4</source>
        <translation>Zeile %1%2%3: %4</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <source>, value &apos;%1&apos;</source>
        <translation>, Wert &apos;%1&apos;</translation>
    </message>
    <message>
        <source>campaign: %1: %2</source>
        <translation>Kampagne: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>campaign: … and %n more problem(s)</source>
        <translation>
            <numerusform>Kampagne: … und %n weiteres Problem</numerusform>
            <numerusform>Kampagne: … und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign: the file has no recipient rows; nothing was dialled</source>
        <translation>Kampagne: die Datei hat keine Empfängerzeilen; nichts wurde gewählt</translation>
    </message>
    <message>
        <source>campaign: nothing was dialled; fix the rows named above (or remove them) and run the command again</source>
        <translation>Kampagne: nichts wurde gewählt; korrigieren Sie die oben genannten Zeilen (oder entfernen Sie sie) und führen Sie den Befehl erneut aus</translation>
    </message>
    <message>
        <source>campaign: row %1 (%2) is in a country with several time zones; give --timezone (e.g. America/New_York) for the calling window</source>
        <translation>Kampagne: Zeile %1 (%2) liegt in einem Land mit mehreren Zeitzonen; geben Sie für das Anrufzeitfenster --timezone an (z. B. America/New_York)</translation>
    </message>
    <message>
        <source>campaign: %1</source>
        <translation>Kampagne: %1</translation>
    </message>
    <message numerus="yes">
        <source>campaign %1 started: %n row(s)</source>
        <translation>
            <numerusform>Kampagne %1 gestartet: %n Zeile</numerusform>
            <numerusform>Kampagne %1 gestartet: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign stopped: %1</source>
        <translation>Kampagne gestoppt: %1</translation>
    </message>
    <message>
        <source>campaign %1 finished: %2 rows, %3 done, %4 failed, %5 cancelled</source>
        <translation>Kampagne %1 beendet: %2 Zeilen, %3 erledigt, %4 fehlgeschlagen, %5 abgebrochen</translation>
    </message>
    <message>
        <source>  row %1  %2  %3  attempts %4  %5  %6</source>
        <translation>  Zeile %1  %2  %3  Versuche %4  %5  %6</translation>
    </message>
    <message>
        <source>campaign: %1/%2 final · queued %3 · dialling %4 · live %5 · retrying %6 · done %7 · failed %8 · cancelled %9</source>
        <translation>Kampagne: %1/%2 abgeschlossen · wartend %3 · wählt %4 · aktiv %5 · Wiederholung %6 · erledigt %7 · fehlgeschlagen %8 · abgebrochen %9</translation>
    </message>
    <message>
        <source>campaign: results not written: %1</source>
        <translation>Kampagne: Ergebnisse nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>campaign: results written to %1</source>
        <translation>Kampagne: Ergebnisse nach %1 geschrieben</translation>
    </message>
    <message>
        <source>campaign %1 resumed with its stored settings: %2 of %3 rows already final</source>
        <translation>Kampagne %1 mit ihren gespeicherten Einstellungen fortgesetzt: %2 von %3 Zeilen bereits abgeschlossen</translation>
    </message>
    <message>
        <source>suite: %1</source>
        <translation>Testsuite: %1</translation>
    </message>
    <message>
        <source>  %1  %2  agent words %3 %  replay %4</source>
        <translation>  %1  %2  Agent-Wörter %3 %  Wiederholung %4</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>suite %1: %2</source>
        <translation>Testsuite %1: %2</translation>
    </message>
    <message>
        <source>suite: %1 written to %2</source>
        <translation>Testsuite: %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>suite: %1 not written: %2</source>
        <translation>Testsuite: %1 nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>JUnit XML</source>
        <translation>JUnit XML</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <source>store: %1 database writes (%2 per call-minute), recordings %3 MiB (%4 MiB per call-hour)</source>
        <translation>Speicher: %1 Datenbank-Schreibvorgänge (%2 pro Anrufminute), Aufzeichnungen %3 MiB (%4 MiB pro Anrufstunde)</translation>
    </message>
</context>
<context>
    <name>patchline::audio::QtAudioDevice</name>
    <message>
        <source>No microphone found. Connect a microphone or headset (and check that the sound server runs), or choose one in Settings → Audio.</source>
        <translation>Kein Mikrofon gefunden. Schließen Sie ein Mikrofon oder Headset an (und prüfen Sie, ob der Soundserver läuft) oder wählen Sie eines unter Einstellungen → Audio.</translation>
    </message>
    <message>
        <source>No speaker or headset found. Connect one (and check that the sound server runs), or choose one in Settings → Audio.</source>
        <translation>Kein Lautsprecher oder Headset gefunden. Schließen Sie eines an (und prüfen Sie, ob der Soundserver läuft) oder wählen Sie eines unter Einstellungen → Audio.</translation>
    </message>
    <message>
        <source>The audio device &apos;%1&apos; cannot record or play %2 Hz mono 16-bit audio; choose another device in Settings → Audio.</source>
        <translation>Das Audiogerät &apos;%1&apos; kann kein Mono-Audio mit %2 Hz und 16 Bit aufnehmen oder wiedergeben; wählen Sie unter Einstellungen → Audio ein anderes Gerät.</translation>
    </message>
    <message>
        <source>The audio device &apos;%1&apos; could not be opened (in use by another program, or the sound server refused it); close other audio programs or choose another device in Settings → Audio.</source>
        <translation>Das Audiogerät &apos;%1&apos; konnte nicht geöffnet werden (von einem anderen Programm belegt oder vom Soundserver abgelehnt); schließen Sie andere Audioprogramme oder wählen Sie unter Einstellungen → Audio ein anderes Gerät.</translation>
    </message>
    <message>
        <source>The microphone stopped working (unplugged, or the sound server went away).</source>
        <translation>Das Mikrofon funktioniert nicht mehr (ausgesteckt oder der Soundserver ist nicht mehr verfügbar).</translation>
    </message>
    <message>
        <source>The speaker stopped working (unplugged, or the sound server went away).</source>
        <translation>Der Lautsprecher funktioniert nicht mehr (ausgesteckt oder der Soundserver ist nicht mehr verfügbar).</translation>
    </message>
</context>
<context>
    <name>patchline::audio::ReplayAudioDevice</name>
    <message>
        <source>The recording cannot be replayed: %1. Pick a call whose recording is still on disk (Settings → Recording keeps them for a set number of days).</source>
        <translation>Die Aufnahme kann nicht erneut abgespielt werden: %1. Wählen Sie einen Anruf, dessen Aufnahme noch vorhanden ist (Einstellungen → Aufzeichnung bewahrt sie eine bestimmte Anzahl von Tagen auf).</translation>
    </message>
    <message>
        <source>The recording &apos;%1&apos; holds no audio; pick another call.</source>
        <translation>Die Aufnahme &apos;%1&apos; enthält kein Audio; wählen Sie einen anderen Anruf.</translation>
    </message>
    <message>
        <source>The recording to replay holds no caller audio.</source>
        <translation>Die abzuspielende Aufnahme enthält kein Anrufer-Audio.</translation>
    </message>
    <message>
        <source>The replay track is at %1 Hz, the line wants %2 Hz.</source>
        <translation>Die Wiedergabespur hat %1 Hz, die Leitung erwartet %2 Hz.</translation>
    </message>
</context>
<context>
    <name>patchline::bridge::Alarm</name>
    <message>
        <source>one-way audio</source>
        <translation>Einweg-Audio</translation>
    </message>
    <message>
        <source>dead air</source>
        <translation>Funkstille</translation>
    </message>
    <message>
        <source>agent silent</source>
        <translation>Agent stumm</translation>
    </message>
    <message>
        <source>agent audio not forwarded</source>
        <translation>Agent-Audio nicht weitergeleitet</translation>
    </message>
    <message>
        <source>abnormal close</source>
        <translation>abnormales Schließen</translation>
    </message>
    <message>
        <source>unpaired end</source>
        <translation>unvollständiges Ende</translation>
    </message>
    <message>
        <source>audio format mismatch</source>
        <translation>Audioformat passt nicht</translation>
    </message>
    <message>
        <source>caller audio faster than real time</source>
        <translation>Anruferaudio schneller als Echtzeit</translation>
    </message>
    <message>
        <source>agent not reading</source>
        <translation>Agent liest nicht</translation>
    </message>
    <message>
        <source>Twilio not reading</source>
        <translation>Twilio liest nicht</translation>
    </message>
</context>
<context>
    <name>patchline::bridge::AlarmMonitor</name>
    <message>
        <source>%1 cleared</source>
        <translation>%1 behoben</translation>
    </message>
    <message>
        <source>one-way audio: no sound from the caller for %1 s (muted phone, broken inbound leg, or a stream that carries only silence)</source>
        <translation>Einweg-Audio: seit %1 s kein Ton vom Anrufer (stummgeschaltetes Telefon, gestörte eingehende Strecke oder ein Stream, der nur Stille überträgt)</translation>
    </message>
    <message>
        <source>dead air: the agent has not answered for %1 s after the caller stopped speaking (slow LLM, lost turn, or audio not reaching the agent)</source>
        <translation>Funkstille: der Agent hat %1 s, nachdem der Anrufer aufgehört hat zu sprechen, nicht geantwortet (langsames LLM, verlorener Sprecherwechsel oder Audio erreicht den Agenten nicht)</translation>
    </message>
    <message>
        <source>agent silent: no agent audio %1 s after it connected (no first message, or its audio is not arriving)</source>
        <translation>Agent stumm: %1 s nach dem Verbinden kein Audio vom Agenten (keine erste Nachricht oder sein Audio kommt nicht an)</translation>
    </message>
    <message>
        <source>agent audio received but not forwarded to the caller for %1 ms</source>
        <translation>Agent-Audio empfangen, aber seit %1 ms nicht an den Anrufer weitergeleitet</translation>
    </message>
    <message>
        <source>abnormal close of the %1 WebSocket: code %2, %3</source>
        <translation>abnormales Schließen des %1-WebSockets: Code %2, %3</translation>
    </message>
    <message>
        <source>audio format mismatch: %1</source>
        <translation>Audioformat passt nicht: %1</translation>
    </message>
    <message>
        <source>unpaired end: the call ended (%1) and the bridge closed the %2 WebSocket, which had not confirmed the close %3 s later, so it was dropped. A session left open can make the next call fail or keep the agent running</source>
        <translation>unvollständiges Ende: der Anruf endete (%1) und die Bridge schloss den %2-WebSocket, der das Schließen %3 s später noch nicht bestätigt hatte; er wurde daher getrennt. Eine offen gebliebene Sitzung kann den nächsten Anruf scheitern lassen oder den Agenten weiterlaufen lassen</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>caller audio arrives faster than real time (%1 ms ahead of the clock): not Twilio&apos;s pacing; the excess is dropped</source>
        <translation>Anruferaudio kommt schneller als in Echtzeit an (%1 ms vor der Uhr): nicht Twilios Takt; der Überschuss wird verworfen</translation>
    </message>
    <message>
        <source>the agent has not read what the bridge sent it for %1 s (a ping sent behind the caller&apos;s audio is unanswered): it hears the caller late or not at all</source>
        <translation>der Agent hat seit %1 s nicht gelesen, was die Brücke ihm gesendet hat (ein hinter dem Audio des Anrufers gesendeter Ping ist unbeantwortet): er hört den Anrufer verspätet oder gar nicht</translation>
    </message>
    <message>
        <source>Twilio has not read what the bridge sent it for %1 s (a ping sent behind the agent&apos;s audio is unanswered): the caller hears the agent late or not at all</source>
        <translation>Twilio hat seit %1 s nicht gelesen, was die Brücke gesendet hat (ein hinter dem Audio des Agenten gesendeter Ping ist unbeantwortet): der Anrufer hört den Agenten verspätet oder gar nicht</translation>
    </message>
</context>
<context>
    <name>patchline::bridge::Bridge</name>
    <message>
        <source>Patchline is shutting down</source>
        <translation>Patchline wird beendet</translation>
    </message>
    <message>
        <source>cannot answer the voice webhook: %1</source>
        <translation>Voice-Webhook kann nicht beantwortet werden: %1</translation>
    </message>
    <message>
        <source>Twilio never opened the media stream; check that the public URL is reachable over wss://</source>
        <translation>Twilio hat den Media-Stream nie geöffnet; prüfen Sie, ob die öffentliche URL über wss:// erreichbar ist</translation>
    </message>
    <message>
        <source>voice webhook for %1 (%2 → %3) answered</source>
        <translation>Voice-Webhook für %1 (%2 → %3) beantwortet</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 (in use or not permitted); choose another --port</source>
        <translation>kann nicht auf %1:%2 lauschen (belegt oder nicht erlaubt); wählen Sie einen anderen --port</translation>
    </message>
    <message>
        <source>listening on %1:%2, public URL %3</source>
        <translation>lauscht auf %1:%2, öffentliche URL %3</translation>
    </message>
    <message>
        <source>new calls go to agent %1</source>
        <translation>neue Anrufe gehen an Agent %1</translation>
    </message>
    <message>
        <source>no Twilio Account SID is configured; set it in settings or TWILIO_ACCOUNT_SID</source>
        <translation>keine Twilio Account SID konfiguriert; tragen Sie sie in den Einstellungen oder in TWILIO_ACCOUNT_SID ein</translation>
    </message>
    <message>
        <source>could not call %1: %2</source>
        <translation>%1 konnte nicht angerufen werden: %2</translation>
    </message>
    <message>
        <source>calling %1 from %2: %3 (%4)</source>
        <translation>Anruf an %1 von %2: %3 (%4)</translation>
    </message>
    <message>
        <source>test line</source>
        <translation>Testleitung</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>Brücke</translation>
    </message>
    <message>
        <source>Test agent: %1</source>
        <translation>Agent-Test: %1</translation>
    </message>
    <message>
        <source>Test agent line ended: %1</source>
        <translation>Leitung des Agent-Tests beendet: %1</translation>
    </message>
    <message>
        <source>Test agent call %1 started with the operator&apos;s microphone</source>
        <translation>Agent-Test-Anruf %1 mit dem Mikrofon des Operators gestartet</translation>
    </message>
    <message>
        <source>listen-in: %1</source>
        <translation>Mithören: %1</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Wiederholung: %1</translation>
    </message>
    <message>
        <source>Replay call %1 started: %2</source>
        <translation>Wiederholungsanruf %1 gestartet: %2</translation>
    </message>
    <message>
        <source>voice webhook for %1 repeated; answered as before, no new call</source>
        <translation>Sprach-Webhook für %1 wiederholt; wie zuvor beantwortet, kein neuer Anruf</translation>
    </message>
    <message>
        <source>refused a media stream for %1: %2</source>
        <translation>Medienstream für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>media stream refused: %1</source>
        <translation>Medienstream abgelehnt: %1</translation>
    </message>
    <message>
        <source>that CallSid already has its stream</source>
        <translation>diese CallSid hat ihren Stream bereits</translation>
    </message>
    <message>
        <source>no voice webhook of ours answered this CallSid; streams must come through Patchline&apos;s TwiML (or allow unsolicited streams in Settings → Server)</source>
        <translation>kein Sprach-Webhook von uns hat diese CallSid beantwortet; Streams müssen über Patchlines TwiML kommen (oder unangekündigte Streams unter Einstellungen → Server erlauben)</translation>
    </message>
    <message>
        <source>Twilio status %1 of call %2 handed to node %3, which holds the call</source>
        <translation>Twilio-Status %1 von Anruf %2 an Knoten %3 übergeben, der den Anruf führt</translation>
    </message>
    <message>
        <source>Twilio status %1 of call %2 not applied: its node %3 is no longer running</source>
        <translation>Twilio-Status %1 des Anrufs %2 nicht angewendet: sein Knoten %3 läuft nicht mehr</translation>
    </message>
</context>
<context>
    <name>patchline::bridge::CallEnricher</name>
    <message>
        <source>Twilio status %1 (#%2)</source>
        <translation>Twilio-Status %1 (#%2)</translation>
    </message>
    <message>
        <source>Twilio price: %1</source>
        <translation>Twilio-Preis: %1</translation>
    </message>
    <message>
        <source>could not fetch why conversation %1 ended: %2</source>
        <translation>Grund für das Ende von Konversation %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source> — ElevenLabs: %1</source>
        <translation> – ElevenLabs: %1</translation>
    </message>
    <message>
        <source>ElevenLabs termination reason: %1</source>
        <translation>ElevenLabs-Beendigungsgrund: %1</translation>
    </message>
</context>
<context>
    <name>patchline::bridge::CallSession</name>
    <message>
        <source>Twilio opened the media stream but sent no start message within %1 s</source>
        <translation>Twilio hat den Media-Stream geöffnet, aber innerhalb von %1 s keine start-Nachricht gesendet</translation>
    </message>
    <message>
        <source>Twilio sent a binary frame (%1 bytes); Media Streams uses text frames only, so it was ignored</source>
        <translation>Twilio hat einen Binär-Frame gesendet (%1 Bytes); Media Streams verwendet nur Text-Frames, daher ignoriert</translation>
    </message>
    <message>
        <source>ignored a Twilio message: %1</source>
        <translation>Twilio-Nachricht ignoriert: %1</translation>
    </message>
    <message>
        <source>Twilio sent media before start; frames ignored until start arrives</source>
        <translation>Twilio hat media vor start gesendet; Frames werden bis zum Eintreffen von start ignoriert</translation>
    </message>
    <message>
        <source>Twilio sent a second start; ignored</source>
        <translation>Twilio hat ein zweites start gesendet; ignoriert</translation>
    </message>
    <message>
        <source>caller hung up (Twilio stop)</source>
        <translation>Anrufer hat aufgelegt (Twilio stop)</translation>
    </message>
    <message>
        <source>caller pressed %1</source>
        <translation>Anrufer hat %1 gedrückt</translation>
    </message>
    <message>
        <source>ignored unknown Twilio event &apos;%1&apos;</source>
        <translation>unbekanntes Twilio-Ereignis &apos;%1&apos; ignoriert</translation>
    </message>
    <message>
        <source>unexpected stream format %1 at %2 Hz; expected audio/x-mulaw at 8000 Hz</source>
        <translation>unerwartetes Stream-Format %1 mit %2 Hz; erwartet audio/x-mulaw mit 8000 Hz</translation>
    </message>
    <message>
        <source>agent response corrected to: %1</source>
        <translation>Agent-Antwort korrigiert zu: %1</translation>
    </message>
    <message>
        <source>agent unavailable: %1</source>
        <translation>Agent nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>the agent took over 2 s to connect; the oldest caller audio was dropped</source>
        <translation>der Agent brauchte über 2 s zum Verbinden; das älteste Anrufer-Audio wurde verworfen</translation>
    </message>
    <message>
        <source>agent ended the conversation</source>
        <translation>Agent hat das Gespräch beendet</translation>
    </message>
    <message>
        <source>Twilio closed the media stream</source>
        <translation>Twilio hat den Media-Stream geschlossen</translation>
    </message>
    <message>
        <source>Twilio media stream dropped (close code %1%2)</source>
        <translation>Twilio-Media-Stream abgebrochen (Close-Code %1%2)</translation>
    </message>
    <message>
        <source>Twilio status %1 (#%2)</source>
        <translation>Twilio-Status %1 (#%2)</translation>
    </message>
    <message>
        <source>Twilio reported the call %1</source>
        <translation>Twilio meldet den Anruf als %1</translation>
    </message>
    <message>
        <source>overriding the agent&apos;s %1 for this call</source>
        <translation>%1 des Agenten wird für diesen Anruf überschrieben</translation>
    </message>
    <message>
        <source>the agent announced audio formats %1 in / %2 out, which Patchline cannot convert; choose ulaw_8000 or pcm_16000 in the agent&apos;s settings</source>
        <translation>der Agent hat die Audioformate Eingang %1 / Ausgang %2 angekündigt, die Patchline nicht konvertieren kann; wählen Sie ulaw_8000 oder pcm_16000 in den Einstellungen des Agenten</translation>
    </message>
    <message>
        <source>μ-law 8 kHz → %1 to the agent, %2 → μ-law 8 kHz to the caller</source>
        <translation>μ-law 8 kHz → %1 zum Agenten, %2 → μ-law 8 kHz zum Anrufer</translation>
    </message>
    <message>
        <source>audio conversion active: %1 (set both agent formats to ulaw_8000 to forward audio untouched)</source>
        <translation>Audiokonvertierung aktiv: %1 (setzen Sie beide Agent-Formate auf ulaw_8000, um Audio unverändert weiterzuleiten)</translation>
    </message>
    <message>
        <source>caller talked over the agent: clear sent %1 ms after they started, %2 s of the reply heard, %3 ms of queued agent audio cut</source>
        <translation>Anrufer hat den Agenten unterbrochen: clear %1 ms nach Sprechbeginn gesendet, %2 s der Antwort gehört, %3 ms gepuffertes Agent-Audio verworfen</translation>
    </message>
    <message>
        <source>agent connection closed with code %1: %2</source>
        <translation>Agent-Verbindung mit Code %1 geschlossen: %2</translation>
    </message>
    <message>
        <source>no data and no answer to pings from %1 for %2 s: the connection is dead</source>
        <translation>seit %2 s keine Daten und keine Antwort auf Pings von %1: die Verbindung ist tot</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>the agent</source>
        <translation>dem Agenten</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>connection lost without a close frame</source>
        <translation>Verbindung ohne Close-Frame verloren</translation>
    </message>
    <message>
        <source>Twilio status %1 (#%2) arrived after #%3; kept in the timeline only</source>
        <translation>Twilio-Status %1 (#%2) kam nach #%3; nur in der Zeitleiste vermerkt</translation>
    </message>
    <message>
        <source>, %1 s</source>
        <translation>, %1 s</translation>
    </message>
    <message>
        <source>, SIP %1</source>
        <translation>, SIP %1</translation>
    </message>
    <message>
        <source>the agent uses %1 in / %2 out and audio conversion is off; set both agent formats to ulaw_8000, or switch conversion on in Settings → Server</source>
        <translation>der Agent verwendet Eingang %1 / Ausgang %2 und die Audiokonvertierung ist aus; setzen Sie beide Agent-Formate auf ulaw_8000 oder schalten Sie die Konvertierung unter Einstellungen → Server ein</translation>
    </message>
    <message>
        <source>answered by a machine (AnsweredBy=%1): the agent is talking to voicemail</source>
        <translation>von einem Anrufbeantworter angenommen (AnsweredBy=%1): der Agent spricht mit der Mailbox</translation>
    </message>
    <message>
        <source>answered by: %1</source>
        <translation>angenommen von: %1</translation>
    </message>
    <message>
        <source>turn %1: the agent answered %2 ms after the caller stopped</source>
        <translation>Sprecherwechsel %1: der Agent antwortete %2 ms, nachdem der Anrufer aufgehört hatte</translation>
    </message>
    <message>
        <source>operator muted the agent: the caller hears silence (%1 ms of queued agent audio cut)</source>
        <translation>Operator hat den Agenten stummgeschaltet: der Anrufer hört Stille (%1 ms wartendes Agent-Audio verworfen)</translation>
    </message>
    <message>
        <source>operator unmuted the agent</source>
        <translation>Operator hat die Stummschaltung des Agenten aufgehoben</translation>
    </message>
    <message>
        <source>more than %1 different warnings on this call; further ones are not shown</source>
        <translation>mehr als %1 verschiedene Warnungen bei diesem Anruf; weitere werden nicht angezeigt</translation>
    </message>
    <message>
        <source>Twilio start without a callSid or streamSid; stream closed</source>
        <translation>Twilio-start ohne callSid oder streamSid; Stream geschlossen</translation>
    </message>
    <message>
        <source>Twilio media chunk %1 has an invalid base64 payload; such frames are dropped and counted (Metrics: caller frames dropped)</source>
        <translation>Twilio-Medienblock %1 hat keine gültigen Base64-Nutzdaten; solche Frames werden verworfen und gezählt (Metriken: verworfene Anrufer-Frames)</translation>
    </message>
    <message>
        <source>Twilio media chunk %1 decodes to %2 bytes, not one 20 ms μ-law frame (160 bytes); such frames are dropped and counted</source>
        <translation>Twilio-Medienblock %1 ergibt %2 Bytes statt eines 20-ms-μ-law-Frames (160 Bytes); solche Frames werden verworfen und gezählt</translation>
    </message>
    <message>
        <source>stream without Patchline&apos;s voice webhook (allowed in Settings → Server): default agent, the stream&apos;s parameters are not used</source>
        <translation>Stream ohne Patchlines Sprach-Webhook (erlaubt unter Einstellungen → Server): Standard-Agent, die Parameter des Streams werden nicht verwendet</translation>
    </message>
    <message>
        <source>Twilio start with a malformed callSid &apos;%1&apos; or streamSid &apos;%2&apos; (expected CA or MZ and 32 lower-case hex digits); stream closed</source>
        <translation>Twilio-start mit fehlerhafter callSid &apos;%1&apos; oder streamSid &apos;%2&apos; (erwartet: CA bzw. MZ und 32 Hex-Ziffern in Kleinbuchstaben); Stream geschlossen</translation>
    </message>
    <message>
        <source>the agent stopped reading: a ping sent behind the bridge&apos;s messages has been unanswered for %1 s while it keeps sending; the connection is stalled</source>
        <translation>der Agent liest nicht mehr: ein hinter den Nachrichten der Brücke gesendeter Ping ist seit %1 s unbeantwortet, während er weiter sendet; die Verbindung hängt</translation>
    </message>
    <message>
        <source>Twilio stopped reading: a ping sent behind the bridge&apos;s messages has been unanswered for %1 s while it keeps sending; the connection is stalled</source>
        <translation>Twilio liest nicht mehr: ein hinter den Nachrichten der Brücke gesendeter Ping ist seit %1 s unbeantwortet, während Twilio weiter sendet; die Verbindung hängt</translation>
    </message>
    <message>
        <source>the agent stopped a reply on caller speech while muted (not a barge-in: the caller heard none of it)</source>
        <translation>der Agent hat eine Antwort abgebrochen, weil der Anrufer sprach, während er stummgeschaltet war (kein Barge-in: der Anrufer hat nichts davon gehört)</translation>
    </message>
</context>
<context>
    <name>patchline::bridge::WebhookFront</name>
    <message>
        <source>refused a post-call webhook: %1</source>
        <translation>Post-Call-Webhook abgewiesen: %1</translation>
    </message>
    <message>
        <source>ignored a post-call webhook: %1</source>
        <translation>Post-Call-Webhook ignoriert: %1</translation>
    </message>
    <message>
        <source>post-call data for conversation %1: %2, %3 s, cost %4</source>
        <translation>Post-Call-Daten für Gespräch %1: %2, %3 s, Kosten %4</translation>
    </message>
    <message>
        <source>refused %1 with %2: %3</source>
        <translation>%1 mit %2 abgewiesen: %3</translation>
    </message>
    <message>
        <source>refused a Twilio request to %1 (403): %2 — if Twilio calls another URL, set the public URL to exactly that (Settings → Server)</source>
        <translation>Twilio-Anfrage an %1 abgewiesen (403): %2 — falls Twilio eine andere URL aufruft, stellen Sie die öffentliche URL genau darauf ein (Einstellungen → Server)</translation>
    </message>
    <message>
        <source>refused a Twilio request to %1 (413): more than %2 form parameters</source>
        <translation>Twilio-Anfrage an %1 abgelehnt (413): mehr als %2 Formularparameter</translation>
    </message>
    <message>
        <source>post-call audio for conversation %1 (%2 KiB) received; not stored (the call&apos;s own recording is kept)</source>
        <translation>Post-Call-Audio für Konversation %1 (%2 KiB) empfangen; nicht gespeichert (die eigene Aufzeichnung des Anrufs bleibt)</translation>
    </message>
    <message>
        <source>ElevenLabs reports a call initiation failure (agent %1, conversation %2)</source>
        <translation>ElevenLabs meldet einen fehlgeschlagenen Anrufaufbau (Agent %1, Konversation %2)</translation>
    </message>
    <message>
        <source>ignored a post-call webhook of unknown type &apos;%1&apos;</source>
        <translation>Post-Call-Webhook unbekannten Typs „%1“ ignoriert</translation>
    </message>
    <message>
        <source>refused a Twilio webhook (400): CallSid &apos;%1&apos; is not CA followed by 32 lower-case hex digits</source>
        <translation>Twilio-Webhook abgelehnt (400): CallSid &apos;%1&apos; ist nicht CA gefolgt von 32 Hex-Ziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>refused call %1: this node is stopping</source>
        <translation>Anruf %1 abgewiesen: dieser Knoten hält an</translation>
    </message>
</context>
<context>
    <name>patchline::campaign</name>
    <message>
        <source>The file is %1 MiB; a campaign CSV may be at most 4 MiB. Split it into several campaigns.</source>
        <translation>Die Datei hat %1 MiB; eine Kampagnen-CSV darf höchstens 4 MiB groß sein. Teilen Sie sie auf mehrere Kampagnen auf.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; in your spreadsheet program and import it again.</source>
        <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie in Ihrer Tabellenkalkulation als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>A quoted value that starts in row %1 never ends. Close the quote (&quot;) or remove it.</source>
        <translation>Ein Wert in Anführungszeichen, der in Zeile %1 beginnt, endet nie. Schließen Sie das Anführungszeichen (&quot;) oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>The file is empty. It needs a header row with a phone_number column and one row per recipient.</source>
        <translation>Die Datei ist leer. Sie braucht eine Kopfzeile mit einer Spalte phone_number und eine Zeile je Empfänger.</translation>
    </message>
    <message>
        <source>The header has %1 columns; at most 64 are allowed. Remove the columns the agent does not use.</source>
        <translation>Die Kopfzeile hat %1 Spalten; erlaubt sind höchstens 64. Entfernen Sie die Spalten, die der Agent nicht nutzt.</translation>
    </message>
    <message>
        <source>Column %1 of the header has no name. Name it, or delete the column.</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen. Benennen Sie sie oder löschen Sie die Spalte.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header. Keep one of them.</source>
        <translation>Die Spalte „%1“ steht zweimal in der Kopfzeile. Behalten Sie eine davon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a dynamic variable name. Use letters, digits and &apos;_&apos;, not starting with a digit (e.g. customer_name).</source>
        <translation>„%1“ kann kein Name einer dynamischen Variable sein. Verwenden Sie Buchstaben, Ziffern und „_“, nicht mit einer Ziffer am Anfang (z. B. customer_name).</translation>
    </message>
    <message>
        <source>The header has no phone_number column. Name the column with the numbers to call &quot;phone_number&quot;.</source>
        <translation>Die Kopfzeile hat keine Spalte phone_number. Nennen Sie die Spalte mit den anzurufenden Nummern „phone_number“.</translation>
    </message>
    <message>
        <source>The agent needs the dynamic variable &quot;%1&quot;, but the file has no such column. Add a column named %1 with a value in every row.</source>
        <translation>Der Agent braucht die dynamische Variable „%1“, aber die Datei hat keine solche Spalte. Fügen Sie eine Spalte %1 mit einem Wert in jeder Zeile hinzu.</translation>
    </message>
    <message>
        <source>Only the first 10,000 recipients were read; %1 rows after them were left out. Split the file into several campaigns.</source>
        <translation>Nur die ersten 10.000 Empfänger wurden gelesen; %1 Zeilen danach wurden ausgelassen. Teilen Sie die Datei auf mehrere Kampagnen auf.</translation>
    </message>
    <message>
        <source>Row %1 has %2 values but the header has %3 columns. Put values that contain &apos;%4&apos; in double quotes.</source>
        <translation>Zeile %1 hat %2 Werte, die Kopfzeile aber %3 Spalten. Setzen Sie Werte, die „%4“ enthalten, in doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>The value is longer than 1,000 characters. Shorten it.</source>
        <translation>Der Wert ist länger als 1.000 Zeichen. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The phone number is empty. Enter it in E.164 form (e.g. +14155551212) or delete the row.</source>
        <translation>Die Telefonnummer ist leer. Geben Sie sie im E.164-Format ein (z. B. +4930123456) oder löschen Sie die Zeile.</translation>
    </message>
    <message>
        <source>%1 is not a number in use in %2&apos;s numbering plan. Check the digits and the country code.</source>
        <translation>%1 ist im Nummernplan von %2 keine vergebene Nummer. Prüfen Sie die Ziffern und die Ländervorwahl.</translation>
    </message>
    <message>
        <source>%1 is already in row %2. Delete one of the two rows.</source>
        <translation>%1 steht schon in Zeile %2. Löschen Sie eine der beiden Zeilen.</translation>
    </message>
    <message>
        <source>not_before must be a date and time with its offset, e.g. 2026-12-04T09:00:00+01:00 (or …Z for UTC).</source>
        <translation>not_before muss Datum und Uhrzeit mit Zeitverschiebung sein, z. B. 2026-12-04T09:00:00+01:00 (oder …Z für UTC).</translation>
    </message>
    <message>
        <source>The agent needs &quot;%1&quot;, but this row leaves it empty. Fill it in.</source>
        <translation>Der Agent braucht „%1“, aber diese Zeile lässt es leer. Füllen Sie es aus.</translation>
    </message>
    <message>
        <source>The file has a header but no recipients. Add one row per number to call.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Empfänger. Fügen Sie eine Zeile je anzurufender Nummer hinzu.</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>dialling</source>
        <translation>wählt</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>patchline::cluster::ClusterWatch</name>
    <message>
        <source>node %1 moved to %2</source>
        <translation>Knoten %1 ist nach %2 umgezogen</translation>
    </message>
    <message>
        <source>node %1 left the cluster</source>
        <translation>Knoten %1 hat den Cluster verlassen</translation>
    </message>
    <message>
        <source>lost contact with node %1</source>
        <translation>Verbindung zu Knoten %1 verloren</translation>
    </message>
    <message>
        <source>node %1 refused the monitor token (%2): set the same Cluster monitor token as on the nodes (Settings → Database)</source>
        <translation>Knoten %1 hat das Monitor-Token abgelehnt (%2): tragen Sie dasselbe Cluster-Monitor-Token wie auf den Knoten ein (Einstellungen → Datenbank)</translation>
    </message>
    <message>
        <source>monitor connection to node %1 closed (%2 %3); retrying</source>
        <translation>Monitor-Verbindung zu Knoten %1 geschlossen (%2 %3); neuer Versuch</translation>
    </message>
    <message>
        <source>the public URL of node %1 (%2) reaches node &apos;%3&apos; instead; not watched (give each node its own --public-url)</source>
        <translation>die öffentliche URL von Knoten %1 (%2) erreicht stattdessen Knoten &apos;%3&apos;; nicht beobachtet (geben Sie jedem Knoten eine eigene --public-url)</translation>
    </message>
    <message>
        <source>watching the live calls of node %1</source>
        <translation>die laufenden Anrufe von Knoten %1 werden beobachtet</translation>
    </message>
    <message>
        <source>no connection to the node of this call</source>
        <translation>keine Verbindung zum Knoten dieses Anrufs</translation>
    </message>
    <message>
        <source>the recording path &apos;%1&apos; is not one Patchline writes</source>
        <translation>der Aufzeichnungspfad &apos;%1&apos; ist keiner, den Patchline schreibt</translation>
    </message>
    <message>
        <source>node %1 is not up: its recordings can be played while it runs (or copy them from its data folder)</source>
        <translation>Knoten %1 läuft nicht: seine Aufzeichnungen lassen sich abspielen, solange er läuft (oder kopieren Sie sie aus seinem Datenordner)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>node %1 refused the monitor token: set the same Cluster monitor token as on the nodes (Settings → Database)</source>
        <translation>Knoten %1 hat das Monitor-Token abgelehnt: tragen Sie dasselbe Cluster-Monitor-Token wie auf den Knoten ein (Einstellungen → Datenbank)</translation>
    </message>
    <message>
        <source>node %1 no longer has this recording (deleted by its retention setting?)</source>
        <translation>Knoten %1 hat diese Aufzeichnung nicht mehr (durch seine Aufbewahrungseinstellung gelöscht?)</translation>
    </message>
    <message>
        <source>node %1 did not send the recording: %2</source>
        <translation>Knoten %1 hat die Aufzeichnung nicht gesendet: %2</translation>
    </message>
    <message>
        <source>node %1 sent a range that does not fit (%2)</source>
        <translation>Knoten %1 hat einen unpassenden Bereich gesendet (%2)</translation>
    </message>
    <message>
        <source>node %1 does not serve the monitor (%2): set PATCHLINE_MONITOR_TOKEN there; tried again every 30 s</source>
        <translation>Knoten %1 bietet keinen Monitor an (%2): setzen Sie dort PATCHLINE_MONITOR_TOKEN; neuer Versuch alle 30 s</translation>
    </message>
</context>
<context>
    <name>patchline::cluster::MonitorHub</name>
    <message>
        <source>console %1 attached to the monitor</source>
        <translation>Konsole %1 mit dem Monitor verbunden</translation>
    </message>
    <message>
        <source>call #%1 ended by console %2</source>
        <translation>Anruf #%1 von Konsole %2 beendet</translation>
    </message>
    <message>
        <source>call #%1 is not live on node %2</source>
        <translation>Anruf #%1 läuft nicht auf Knoten %2</translation>
    </message>
    <message numerus="yes">
        <source>refused %n monitor or recording request(s) without the right token; the last from %1</source>
        <translation>
            <numerusform>%n Monitor- oder Aufzeichnungsanfrage ohne richtiges Token abgelehnt; die letzte von %1</numerusform>
            <numerusform>%n Monitor- oder Aufzeichnungsanfragen ohne richtiges Token abgelehnt; die letzte von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>console %1 stopped reading the monitor; disconnected</source>
        <translation>Konsole %1 liest den Monitor nicht mehr; getrennt</translation>
    </message>
</context>
<context>
    <name>patchline::elevenlabs::AgentClient</name>
    <message>
        <source>no ElevenLabs agent is selected; choose a default agent in settings or pass --agent AGENT_ID</source>
        <translation>kein ElevenLabs-Agent ausgewählt; wählen Sie in den Einstellungen einen Standard-Agenten oder übergeben Sie --agent AGENT_ID</translation>
    </message>
    <message>
        <source>could not reach ElevenLabs at %1 for a signed URL: %2</source>
        <translation>ElevenLabs unter %1 für eine signed URL nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>check the ElevenLabs API key in settings</source>
        <translation>prüfen Sie den ElevenLabs-API-Key in den Einstellungen</translation>
    </message>
    <message>
        <source>check the agent id &apos;%1&apos;</source>
        <translation>prüfen Sie die Agent-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>retry; if it persists, check ElevenLabs status</source>
        <translation>erneut versuchen; falls es anhält, prüfen Sie den ElevenLabs-Status</translation>
    </message>
    <message>
        <source>ElevenLabs refused a signed URL for agent &apos;%1&apos; (HTTP %2: %3); %4</source>
        <translation>ElevenLabs hat eine signed URL für Agent &apos;%1&apos; verweigert (HTTP %2: %3); %4</translation>
    </message>
    <message>
        <source>could not open the agent WebSocket (%1); check the agent id and API key</source>
        <translation>Agent-WebSocket konnte nicht geöffnet werden (%1); prüfen Sie Agent-ID und API-Key</translation>
    </message>
</context>
<context>
    <name>patchline::elevenlabs::RestClient</name>
    <message>
        <source>audio formats are %1 in / %2 out, not ulaw_8000: Patchline converts, at some CPU cost; set both to μ-law 8000 Hz to forward untouched</source>
        <translation>Audioformate sind Eingang %1 / Ausgang %2, nicht ulaw_8000: Patchline konvertiert mit etwas CPU-Aufwand; setzen Sie beide auf μ-law 8000 Hz, um unverändert weiterzuleiten</translation>
    </message>
    <message>
        <source>no first message: the caller hears silence until they speak</source>
        <translation>keine erste Nachricht: der Anrufer hört Stille, bis er spricht</translation>
    </message>
    <message>
        <source>could not reach ElevenLabs at %1: %2</source>
        <translation>ElevenLabs unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the API key was refused or lacks this permission; check it in settings</source>
        <translation>der API-Key wurde abgelehnt oder hat diese Berechtigung nicht; prüfen Sie ihn in den Einstellungen</translation>
    </message>
    <message>
        <source>not found; check the id</source>
        <translation>nicht gefunden; prüfen Sie die ID</translation>
    </message>
    <message>
        <source>the request was invalid</source>
        <translation>die Anfrage war ungültig</translation>
    </message>
    <message>
        <source>rate or quota limit reached; wait and retry, or check the plan</source>
        <translation>Raten- oder Kontingentgrenze erreicht; warten und erneut versuchen oder den Tarif prüfen</translation>
    </message>
    <message>
        <source>ElevenLabs had a problem; retry later</source>
        <translation>ElevenLabs hatte ein Problem; später erneut versuchen</translation>
    </message>
    <message>
        <source>ElevenLabs %1 answered HTTP %2%3: %4</source>
        <translation>ElevenLabs %1 antwortete mit HTTP %2%3: %4</translation>
    </message>
    <message>
        <source>ElevenLabs has no audio for this conversation (audio saving may be off for the agent)</source>
        <translation>ElevenLabs hat kein Audio für diese Konversation (beim Agenten ist das Speichern von Audio womöglich ausgeschaltet)</translation>
    </message>
    <message>
        <source>ElevenLabs answered HTTP %1 for the conversation audio</source>
        <translation>ElevenLabs antwortete auf die Anfrage nach dem Konversations-Audio mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>patchline::engine::CampaignRunner</name>
    <message>
        <source>the campaign could not be stored: %1</source>
        <translation>die Kampagne konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the campaign could not be read: %1</source>
        <translation>die Kampagne konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: its create may or may not have reached Twilio before the stop; looking it up in Twilio&apos;s call list</source>
        <translation>%1: ob der Anruf vor dem Stopp bei Twilio angelegt wurde, ist unklar; er wird in Twilios Anrufliste gesucht</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>Zeile %1 (%2)</translation>
    </message>
    <message>
        <source>%1 was already claimed in the database: another Patchline runs this campaign. Stop that one before resuming here.</source>
        <translation>%1 wurde in der Datenbank bereits beansprucht: ein anderes Patchline führt diese Kampagne aus. Beenden Sie es, bevor Sie hier fortsetzen.</translation>
    </message>
    <message>
        <source>the campaign database refused the claim of %1: %2</source>
        <translation>die Kampagnendatenbank hat %1 nicht angenommen: %2</translation>
    </message>
    <message>
        <source>%1: attempt %2 of %3</source>
        <translation>%1: Versuch %2 von %3</translation>
    </message>
    <message>
        <source>Twilio is limiting calls per second (429): %1 waits %2 s; lower the campaign&apos;s calls per second if this repeats</source>
        <translation>Twilio begrenzt die Anrufe pro Sekunde (429): %1 wartet %2 s; senken Sie die Anrufe pro Sekunde der Kampagne, wenn das wiederkehrt</translation>
    </message>
    <message>
        <source>%1: Twilio&apos;s answer was lost (%2); looking the call up before anything else is dialled to this number</source>
        <translation>%1: Twilios Antwort ging verloren (%2); der Anruf wird nachgeschlagen, bevor diese Nummer erneut gewählt wird</translation>
    </message>
    <message>
        <source>%1: Twilio&apos;s call list could not be read (%2); trying again in 30 s</source>
        <translation>%1: Twilios Anrufliste konnte nicht gelesen werden (%2); neuer Versuch in 30 s</translation>
    </message>
    <message>
        <source>%1: found its call %2 (%3) in Twilio&apos;s records</source>
        <translation>%1: Anruf %2 (%3) in Twilios Aufzeichnungen gefunden</translation>
    </message>
    <message>
        <source>%1: no call reached Twilio for the last attempt; it is taken back and dialled again</source>
        <translation>%1: für den letzten Versuch kam kein Anruf bei Twilio an; er wird zurückgenommen und neu gewählt</translation>
    </message>
    <message>
        <source>%1: %2; retry %3 at %4</source>
        <translation>%1: %2; Versuch %3 um %4</translation>
    </message>
    <message>
        <source>%1: %2 (%3)%4</source>
        <translation>%1: %2 (%3)%4</translation>
    </message>
    <message>
        <source>row %1 could not be saved; its state is kept in memory</source>
        <translation>Zeile %1 konnte nicht gespeichert werden; ihr Zustand bleibt im Speicher</translation>
    </message>
    <message>
        <source>campaign paused: %1</source>
        <translation>Kampagne angehalten: %1</translation>
    </message>
    <message>
        <source>campaign cancelled</source>
        <translation>Kampagne abgebrochen</translation>
    </message>
    <message>
        <source>%1: Twilio&apos;s answer had no valid CallSid; looking the call up</source>
        <translation>%1: Twilios Antwort enthielt keine gültige CallSid; der Anruf wird nachgeschlagen</translation>
    </message>
</context>
<context>
    <name>patchline::engine::Engine</name>
    <message>
        <source>the sandbox agent could not listen on 127.0.0.1</source>
        <translation>der Sandbox-Agent konnte nicht auf 127.0.0.1 lauschen</translation>
    </message>
    <message>
        <source>no sandbox: start Patchline with --sandbox to place simulated calls</source>
        <translation>keine Sandbox: starten Sie Patchline mit --sandbox, um simulierte Anrufe zu tätigen</translation>
    </message>
    <message>
        <source>operator hung up</source>
        <translation>vom Operator aufgelegt</translation>
    </message>
    <message>
        <source>replay of %1</source>
        <translation>Wiederholung von %1</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 (in use or not permitted); choose another --port</source>
        <translation>kann nicht auf %1:%2 lauschen (belegt oder nicht erlaubt); wählen Sie einen anderen --port</translation>
    </message>
    <message numerus="yes">
        <source>listening on %1:%2, public URL %3; %n bridge shard(s)</source>
        <translation>
            <numerusform>lauscht auf %1:%2, öffentliche URL %3; %n Bridge-Shard</numerusform>
            <numerusform>lauscht auf %1:%2, öffentliche URL %3; %n Bridge-Shards</numerusform>
        </translation>
    </message>
    <message>
        <source>node heartbeat not written: %1</source>
        <translation>Knoten-Heartbeat nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>node %1 stopped heartbeating for more than %2 s: its live calls are marked interrupted (%n call(s) in all this round)</source>
        <translation>
            <numerusform>Knoten %1 sendete länger als %2 s keinen Heartbeat: seine laufenden Anrufe sind als unterbrochen markiert (%n Anruf in dieser Runde)</numerusform>
            <numerusform>Knoten %1 sendete länger als %2 s keinen Heartbeat: seine laufenden Anrufe sind als unterbrochen markiert (%n Anrufe in dieser Runde)</numerusform>
        </translation>
    </message>
    <message>
        <source>the recording is on node %1; connect this console to the cluster (File → Connect to cluster…) to play it</source>
        <translation>die Aufzeichnung liegt auf Knoten %1; verbinden Sie diese Konsole mit dem Cluster (Datei → Mit Cluster verbinden…), um sie abzuspielen</translation>
    </message>
    <message>
        <source>ended by an operator watching the cluster</source>
        <translation>von einem Operator beendet, der den Cluster beobachtet</translation>
    </message>
    <message>
        <source>the cluster monitor token is shorter than 16 characters; /monitor and /recordings stay off (use e.g. the output of: openssl rand -hex 16)</source>
        <translation>das Cluster-Monitor-Token ist kürzer als 16 Zeichen; /monitor und /recordings bleiben aus (verwenden Sie z. B. die Ausgabe von: openssl rand -hex 16)</translation>
    </message>
</context>
<context>
    <name>patchline::engine::SuiteRunner</name>
    <message>
        <source>No suite named “%1”, and there are none yet: select recorded calls in History and choose Add to suite….</source>
        <translation>Keine Testsuite namens „%1“, und es gibt noch keine: wählen Sie im Verlauf aufgezeichnete Anrufe aus und dann „Zu Testsuite hinzufügen…“.</translation>
    </message>
    <message>
        <source>No suite named “%1”. Suites: %2.</source>
        <translation>Keine Testsuite namens „%1“. Testsuites: %2.</translation>
    </message>
    <message>
        <source>Suite “%1” has no cases: add recorded calls to it from History (Add to suite…).</source>
        <translation>Testsuite „%1“ hat keine Testfälle: fügen Sie ihr aufgezeichnete Anrufe aus dem Verlauf hinzu („Zu Testsuite hinzufügen…“).</translation>
    </message>
    <message>
        <source>cancelled before any case ran</source>
        <translation>abgebrochen, bevor ein Testfall lief</translation>
    </message>
    <message numerus="yes">
        <source>suite %1: %n case(s), %2 at once, against %3</source>
        <translation>
            <numerusform>Testsuite %1: %n Testfall, %2 gleichzeitig, gegen %3</numerusform>
            <numerusform>Testsuite %1: %n Testfälle, %2 gleichzeitig, gegen %3</numerusform>
        </translation>
    </message>
    <message>
        <source>each case&apos;s own agent</source>
        <translation>den eigenen Agenten jedes Testfalls</translation>
    </message>
    <message>
        <source>the original call is no longer in the call log</source>
        <translation>der ursprüngliche Anruf ist nicht mehr im Anrufprotokoll</translation>
    </message>
    <message>
        <source>case %1/%2 %3: replaying to %4</source>
        <translation>Testfall %1/%2 %3: Wiederholung an %4</translation>
    </message>
    <message>
        <source>the default agent</source>
        <translation>den Standard-Agenten</translation>
    </message>
    <message>
        <source>the replay did not start: %1</source>
        <translation>die Wiederholung wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>case %1/%2 %3: passed</source>
        <translation>Testfall %1/%2 %3: bestanden</translation>
    </message>
    <message>
        <source>case %1/%2 %3: FAILED: %4</source>
        <translation>Testfall %1/%2 %3: FEHLGESCHLAGEN: %4</translation>
    </message>
    <message>
        <source>cancelled before it ran</source>
        <translation>abgebrochen, bevor er lief</translation>
    </message>
    <message>
        <source>suite %1: cancelled; hanging up the replays still live</source>
        <translation>Testsuite %1: abgebrochen; noch laufende Wiederholungen werden aufgelegt</translation>
    </message>
    <message>
        <source>the run&apos;s report could not be stored: %1</source>
        <translation>der Bericht des Laufs konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the replay call never reached the call log (is the data folder writable? see the log)</source>
        <translation>der Wiederholungsanruf kam nie im Anrufprotokoll an (ist der Datenordner beschreibbar? siehe Protokoll)</translation>
    </message>
</context>
<context>
    <name>patchline::preflight::Preflight</name>
    <message>
        <source>Number to call</source>
        <translation>Zielnummer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number: %2</source>
        <translation>&apos;%1&apos; ist keine Telefonnummer: %2</translation>
    </message>
    <message>
        <source>Enter it in E.164 form, e.g. +15551234567.</source>
        <translation>Geben Sie sie im E.164-Format ein, z. B. +15551234567.</translation>
    </message>
    <message>
        <source>%1 is valid E.164</source>
        <translation>%1 ist gültiges E.164</translation>
    </message>
    <message>
        <source>Twilio credentials</source>
        <translation>Twilio-Zugangsdaten</translation>
    </message>
    <message>
        <source>Twilio account type</source>
        <translation>Twilio-Kontotyp</translation>
    </message>
    <message>
        <source>Caller ID (From)</source>
        <translation>Anrufer-ID (From)</translation>
    </message>
    <message>
        <source>Webhook signatures</source>
        <translation>Webhook-Signaturen</translation>
    </message>
    <message>
        <source>no Auth Token: Twilio&apos;s webhooks cannot be verified, so every call is refused (403)</source>
        <translation>kein Auth Token: die Webhooks von Twilio können nicht verifiziert werden, daher wird jeder Anruf abgewiesen (403)</translation>
    </message>
    <message>
        <source>Enter the Auth Token in Settings → Twilio (API keys cannot check webhook signatures).</source>
        <translation>Geben Sie den Auth Token unter Einstellungen → Twilio ein (API-Keys können keine Webhook-Signaturen prüfen).</translation>
    </message>
    <message>
        <source>the Account SID is not set</source>
        <translation>die Account SID ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no Auth Token or API key secret is set</source>
        <translation>weder Auth Token noch API-Key-Secret gesetzt</translation>
    </message>
    <message>
        <source>Enter the Account SID and Auth Token from the Twilio Console in Settings → Twilio.</source>
        <translation>Geben Sie Account SID und Auth Token aus der Twilio Console unter Einstellungen → Twilio ein.</translation>
    </message>
    <message>
        <source>needs working Twilio credentials</source>
        <translation>erfordert funktionierende Twilio-Zugangsdaten</translation>
    </message>
    <message>
        <source>Twilio refused these credentials (HTTP 401)</source>
        <translation>Twilio hat diese Zugangsdaten abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>Copy the Account SID and Auth Token (or API key and secret) again from the Twilio Console.</source>
        <translation>Kopieren Sie Account SID und Auth Token (oder API-Key und Secret) erneut aus der Twilio Console.</translation>
    </message>
    <message>
        <source>Check the network connection and the Twilio API base URL.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Twilio-API-Basis-URL.</translation>
    </message>
    <message>
        <source>Check the Account SID; retry later if Twilio reports a problem.</source>
        <translation>Prüfen Sie die Account SID; versuchen Sie es später erneut, wenn Twilio ein Problem meldet.</translation>
    </message>
    <message>
        <source>account ‘%1’ is %2</source>
        <translation>Konto ‚%1‘ ist %2</translation>
    </message>
    <message>
        <source>Reactivate the account in the Twilio Console.</source>
        <translation>Reaktivieren Sie das Konto in der Twilio Console.</translation>
    </message>
    <message>
        <source>account ‘%1’ (%2)</source>
        <translation>Konto ‚%1‘ (%2)</translation>
    </message>
    <message>
        <source>%1 account</source>
        <translation>Kontotyp %1</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>trial account, and %1 is not a verified caller ID: Twilio refuses the call (21219)</source>
        <translation>Testkonto, und %1 ist keine verifizierte Anrufer-ID: Twilio lehnt den Anruf ab (21219)</translation>
    </message>
    <message>
        <source>Upgrade the account, or verify %1 in the Twilio Console (Phone Numbers → Verified Caller IDs).</source>
        <translation>Führen Sie ein Upgrade des Kontos durch oder verifizieren Sie %1 in der Twilio Console (Phone Numbers → Verified Caller IDs).</translation>
    </message>
    <message>
        <source>trial account: Twilio may replace &lt;Stream&gt; with a spoken notice, so the agent is never connected (twilio.md §1.10)</source>
        <translation>Testkonto: Twilio ersetzt &lt;Stream&gt; womöglich durch einen gesprochenen Hinweis, sodass der Agent nie verbunden wird (twilio.md §1.10)</translation>
    </message>
    <message>
        <source>Upgrade the account to Full in the Twilio Console before testing.</source>
        <translation>Stufen Sie das Konto vor dem Testen in der Twilio Console auf Full hoch.</translation>
    </message>
    <message>
        <source>no caller ID chosen</source>
        <translation>keine Anrufer-ID gewählt</translation>
    </message>
    <message>
        <source>Buy a voice number in the Twilio Console, then pick it in Settings → Twilio.</source>
        <translation>Kaufen Sie eine Voice-fähige Nummer in der Twilio Console und wählen Sie sie dann unter Einstellungen → Twilio.</translation>
    </message>
    <message>
        <source>Pick the default From number in Settings → Twilio.</source>
        <translation>Wählen Sie die Standard-Absendernummer unter Einstellungen → Twilio.</translation>
    </message>
    <message>
        <source>%1 belongs to the account and has voice</source>
        <translation>%1 gehört zum Konto und ist Voice-fähig</translation>
    </message>
    <message>
        <source>%1 has no voice capability</source>
        <translation>%1 ist nicht Voice-fähig</translation>
    </message>
    <message>
        <source>Choose a number with voice, or enable voice on it in the Twilio Console.</source>
        <translation>Wählen Sie eine Voice-fähige Nummer oder aktivieren Sie Voice für diese Nummer in der Twilio Console.</translation>
    </message>
    <message>
        <source>%1 is a verified caller ID of the account</source>
        <translation>%1 ist eine verifizierte Anrufer-ID des Kontos</translation>
    </message>
    <message>
        <source>%1 is not one of this account&apos;s numbers (Twilio refuses it: 21210)</source>
        <translation>%1 gehört nicht zu den Nummern dieses Kontos (Twilio lehnt sie ab: 21210)</translation>
    </message>
    <message>
        <source>Buy a voice number in the Twilio Console.</source>
        <translation>Kaufen Sie eine Voice-fähige Nummer in der Twilio Console.</translation>
    </message>
    <message>
        <source>Use one of the account&apos;s numbers, e.g. %1.</source>
        <translation>Verwenden Sie eine der Nummern des Kontos, z. B. %1.</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>An ngrok tunnel to this port is running: use %1 as the public URL.</source>
        <translation>Ein ngrok-Tunnel zu diesem Port läuft: verwenden Sie %1 als öffentliche URL.</translation>
    </message>
    <message>
        <source>not set: Twilio cannot reach %1</source>
        <translation>nicht gesetzt: Twilio kann %1 nicht erreichen</translation>
    </message>
    <message>
        <source>Start a tunnel (ngrok http %1) and enter its https URL in Settings → Server.</source>
        <translation>Starten Sie einen Tunnel (ngrok http %1) und geben Sie dessen https-URL unter Einstellungen → Server ein.</translation>
    </message>
    <message>
        <source>%1 is not reachable: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Start the tunnel to port %1 or correct the URL in Settings → Server.</source>
        <translation>Starten Sie den Tunnel zu Port %1 oder korrigieren Sie die URL unter Einstellungen → Server.</translation>
    </message>
    <message>
        <source>%1 answers (HTTP %2), but not from this Patchline</source>
        <translation>%1 antwortet (HTTP %2), aber nicht von diesem Patchline</translation>
    </message>
    <message>
        <source>Point the tunnel at port %1 of this machine (ngrok http %1), or correct the URL.</source>
        <translation>Richten Sie den Tunnel auf Port %1 dieses Rechners (ngrok http %1) oder korrigieren Sie die URL.</translation>
    </message>
    <message>
        <source>reaches this app, but over plain http</source>
        <translation>erreicht diese App, aber über unverschlüsseltes http</translation>
    </message>
    <message>
        <source>Use the https URL of your tunnel: Twilio opens Media Streams over wss:// only.</source>
        <translation>Verwenden Sie die https-URL Ihres Tunnels: Twilio öffnet Media Streams nur über wss://.</translation>
    </message>
    <message>
        <source>%1 reaches this app (%2 ms)</source>
        <translation>%1 erreicht diese App (%2 ms)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>ElevenLabs API key</source>
        <translation>ElevenLabs-API-Key</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Create an API key on elevenlabs.io (Developers → API keys) and enter it in Settings → ElevenLabs.</source>
        <translation>Erstellen Sie einen API-Key auf elevenlabs.io (Developers → API keys) und geben Sie ihn unter Einstellungen → ElevenLabs ein.</translation>
    </message>
    <message>
        <source>needs an ElevenLabs API key</source>
        <translation>erfordert einen ElevenLabs-API-Key</translation>
    </message>
    <message numerus="yes">
        <source>accepted; %n agent(s) visible</source>
        <translation>
            <numerusform>akzeptiert; %n Agent sichtbar</numerusform>
            <numerusform>akzeptiert; %n Agenten sichtbar</numerusform>
        </translation>
    </message>
    <message>
        <source>ElevenLabs refused the key (HTTP 401)</source>
        <translation>ElevenLabs hat den Key abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>Paste the key again, or create one with Conversational AI access, in Settings → ElevenLabs.</source>
        <translation>Fügen Sie den Key unter Einstellungen → ElevenLabs erneut ein oder erstellen Sie einen mit Zugriff auf Conversational AI.</translation>
    </message>
    <message>
        <source>Check the network connection and the API region.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die API-Region.</translation>
    </message>
    <message>
        <source>ElevenLabs quota</source>
        <translation>ElevenLabs-Kontingent</translation>
    </message>
    <message>
        <source>this key cannot read the quota (restricted key without User read)</source>
        <translation>dieser Key kann das Kontingent nicht lesen (eingeschränkter Key ohne User read)</translation>
    </message>
    <message>
        <source>Check the remaining credits on elevenlabs.io, or allow User read on the key.</source>
        <translation>Prüfen Sie die verbleibenden Credits auf elevenlabs.io oder erlauben Sie User read für den Key.</translation>
    </message>
    <message>
        <source>plan ‘%1’: %L2 of %L3 credits left</source>
        <translation>Tarif ‚%1‘: %L2 von %L3 Credits übrig</translation>
    </message>
    <message>
        <source> — the agent cannot speak</source>
        <translation> – der Agent kann nicht sprechen</translation>
    </message>
    <message>
        <source>Upgrade the plan or wait for the monthly reset.</source>
        <translation>Wechseln Sie in einen höheren Tarif oder warten Sie auf die monatliche Zurücksetzung.</translation>
    </message>
    <message>
        <source>Less than 5% left: upgrade the plan before long tests.</source>
        <translation>Weniger als 5 % übrig: wechseln Sie vor langen Tests in einen höheren Tarif.</translation>
    </message>
    <message>
        <source>no agent chosen</source>
        <translation>kein Agent gewählt</translation>
    </message>
    <message>
        <source>Pick the default agent in Settings → ElevenLabs.</source>
        <translation>Wählen Sie den Standard-Agenten unter Einstellungen → ElevenLabs.</translation>
    </message>
    <message>
        <source>Conversation start</source>
        <translation>Gesprächsstart</translation>
    </message>
    <message>
        <source>signed URL issued: conversations can start</source>
        <translation>signed URL ausgestellt: Gespräche können starten</translation>
    </message>
    <message>
        <source>no signed URL: %1</source>
        <translation>keine signed URL: %1</translation>
    </message>
    <message>
        <source>Check that the key belongs to the agent&apos;s workspace and region.</source>
        <translation>Prüfen Sie, ob der Key zum Workspace und zur Region des Agenten gehört.</translation>
    </message>
    <message>
        <source>agent %1 does not exist for this key</source>
        <translation>Agent %1 existiert für diesen Key nicht</translation>
    </message>
    <message>
        <source>Pick an agent from the list in Settings → ElevenLabs (agents belong to one workspace and region).</source>
        <translation>Wählen Sie einen Agenten aus der Liste unter Einstellungen → ElevenLabs (Agenten gehören zu einem Workspace und einer Region).</translation>
    </message>
    <message>
        <source>‘%1’ (%2)</source>
        <translation>‚%1‘ (%2)</translation>
    </message>
    <message>
        <source>Agent audio formats</source>
        <translation>Audioformate des Agenten</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>Eingang %1 / Ausgang %2</translation>
    </message>
    <message>
        <source>%1: the phone line&apos;s format, forwarded untouched</source>
        <translation>%1: Format der Telefonleitung, unverändert weitergeleitet</translation>
    </message>
    <message>
        <source>%1: converted in the bridge</source>
        <translation>%1: in der Brücke konvertiert</translation>
    </message>
    <message>
        <source>Set both formats to μ-law 8000 Hz in the agent&apos;s Advanced settings to forward audio untouched.</source>
        <translation>Setzen Sie in den Advanced-Einstellungen des Agenten beide Formate auf μ-law 8000 Hz, um Audio unverändert weiterzuleiten.</translation>
    </message>
    <message>
        <source>%1, and conversion is off: the call would end at once</source>
        <translation>%1, und die Konvertierung ist aus: der Anruf würde sofort enden</translation>
    </message>
    <message>
        <source>Set both formats to μ-law 8000 Hz in the agent, or switch conversion on in Settings → Server.</source>
        <translation>Setzen Sie beim Agenten beide Formate auf μ-law 8000 Hz oder schalten Sie die Konvertierung unter Einstellungen → Server ein.</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Erste Nachricht</translation>
    </message>
    <message>
        <source>none: the caller hears silence until they speak</source>
        <translation>keine: der Anrufer hört Stille, bis er spricht</translation>
    </message>
    <message>
        <source>Add a first message in the agent&apos;s settings on elevenlabs.io.</source>
        <translation>Fügen Sie in den Einstellungen des Agenten auf elevenlabs.io eine erste Nachricht hinzu.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Overrides</translation>
    </message>
    <message>
        <source>the call overrides %1, which the agent does not allow: it would close the conversation (1008)</source>
        <translation>der Anruf überschreibt %1, was der Agent nicht erlaubt: die Konversation würde geschlossen (1008)</translation>
    </message>
    <message>
        <source>Allow them in the agent&apos;s Security tab, or leave them out of the call.</source>
        <translation>Erlauben Sie sie im Security-Tab des Agenten oder lassen Sie sie im Anruf weg.</translation>
    </message>
    <message>
        <source>%1 allowed</source>
        <translation>%1 erlaubt</translation>
    </message>
    <message>
        <source>Dynamic variables</source>
        <translation>Dynamische Variablen</translation>
    </message>
    <message>
        <source>required but not filled: %1</source>
        <translation>erforderlich, aber nicht ausgefüllt: %1</translation>
    </message>
    <message>
        <source>Fill them in the call (or give them defaults in the agent).</source>
        <translation>Füllen Sie sie im Anruf aus (oder hinterlegen Sie Standardwerte im Agenten).</translation>
    </message>
    <message>
        <source>none required</source>
        <translation>keine erforderlich</translation>
    </message>
    <message>
        <source>all required ones filled</source>
        <translation>alle erforderlichen ausgefüllt</translation>
    </message>
</context>
<context>
    <name>patchline::server::TcpWebSocket</name>
    <message>
        <source>WebSocket handshake with %1 timed out</source>
        <translation>WebSocket-Handshake mit %1 hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>the peer did not answer our close frame</source>
        <translation>die Gegenstelle hat unseren Close-Frame nicht beantwortet</translation>
    </message>
    <message>
        <source>only ws:// URLs are handled here</source>
        <translation>hier werden nur ws://-URLs behandelt</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>cannot create a socket: %1</source>
        <translation>kann keinen Socket anlegen: %1</translation>
    </message>
    <message>
        <source>cannot watch the socket</source>
        <translation>kann den Socket nicht überwachen</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>the WebSocket handshake answer is too large</source>
        <translation>die Antwort auf den WebSocket-Handshake ist zu groß</translation>
    </message>
    <message>
        <source>the server refused the WebSocket upgrade with HTTP %1</source>
        <translation>der Server hat das WebSocket-Upgrade mit HTTP %1 abgelehnt</translation>
    </message>
    <message>
        <source>the server&apos;s WebSocket handshake is invalid</source>
        <translation>der WebSocket-Handshake des Servers ist ungültig</translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation>der Server hat die Verbindung während des Handshakes geschlossen</translation>
    </message>
    <message>
        <source>connection lost without a close frame</source>
        <translation>Verbindung ohne Close-Frame verloren</translation>
    </message>
    <message>
        <source>the peer stopped reading (%1 bytes queued); connection dropped</source>
        <translation>die Gegenstelle liest nicht mehr (%1 Bytes in der Warteschlange); Verbindung getrennt</translation>
    </message>
</context>
<context>
    <name>patchline::settings</name>
    <message>
        <source>%1 is empty; enter a URL such as https://…</source>
        <translation>%1 ist leer; geben Sie eine URL wie https://… ein</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a base URL; use the form https://host (no query)</source>
        <translation>%1 &apos;%2&apos; ist keine Basis-URL; verwenden Sie die Form https://host (ohne Query)</translation>
    </message>
</context>
<context>
    <name>patchline::settings::SecretStore</name>
    <message>
        <source>the OS keychain is switched off</source>
        <translation>der System-Schlüsselbund ist ausgeschaltet</translation>
    </message>
    <message>
        <source>No OS keychain is reachable</source>
        <translation>Kein System-Schlüsselbund erreichbar</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>file readable only by you</source>
        <translation>nur für Sie lesbare Datei</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>the OS keychain is not reachable (%1); secrets come from the environment, this session or the private file</source>
        <translation>der System-Schlüsselbund ist nicht erreichbar (%1); Secrets stammen aus der Umgebung, dieser Sitzung oder der privaten Datei</translation>
    </message>
    <message>
        <source>%1 (%2). Choose to keep the secret for this session only, or to store it in %3, a file only you can read.</source>
        <translation>%1 (%2). Wählen Sie, ob das Secret nur für diese Sitzung behalten oder in %3 gespeichert werden soll, einer Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no keychain service runs in this desktop session (GNOME Keyring, KWallet or another Secret Service provider)</source>
        <translation>in dieser Desktop-Sitzung läuft kein Schlüsselbund-Dienst (GNOME Keyring, KWallet oder ein anderer Secret-Service-Anbieter)</translation>
    </message>
</context>
<context>
    <name>patchline::settings::Settings</name>
    <message>
        <source>%1 &apos;%2&apos; is not AC followed by 32 hex digits; copy it from the Twilio Console&apos;s Account Info</source>
        <translation>%1 &apos;%2&apos; ist nicht AC gefolgt von 32 Hex-Ziffern; kopieren Sie den Wert aus der Account Info der Twilio Console</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not SK followed by 32 hex digits; create an API key in the Twilio Console (Account → API keys) or leave it empty</source>
        <translation>%1 &apos;%2&apos; ist nicht SK gefolgt von 32 Hex-Ziffern; erstellen Sie einen API-Key in der Twilio Console (Account → API keys) oder lassen Sie das Feld leer</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an E.164 number (%3); use the form +15551234567</source>
        <translation>%1 &apos;%2&apos; ist keine E.164-Nummer (%3); verwenden Sie die Form +15551234567</translation>
    </message>
    <message>
        <source>%1: number &apos;%2&apos; is not E.164 (%3); use the form +15551234567</source>
        <translation>%1: Nummer &apos;%2&apos; ist nicht E.164 (%3); verwenden Sie die Form +15551234567</translation>
    </message>
    <message>
        <source>%1: agent &apos;%2&apos; for %3 is not an agent id; pick one from the list</source>
        <translation>%1: Agent &apos;%2&apos; für %3 ist keine Agent-ID; wählen Sie einen aus der Liste</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an agent id (letters, digits, _ and -); pick one from the list</source>
        <translation>%1 &apos;%2&apos; ist keine Agent-ID (Buchstaben, Ziffern, _ und -); wählen Sie einen aus der Liste</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an IP address; use 127.0.0.1 (this machine) or 0.0.0.0 (all interfaces)</source>
        <translation>%1 &apos;%2&apos; ist keine IP-Adresse; verwenden Sie 127.0.0.1 (dieser Rechner) oder 0.0.0.0 (alle Schnittstellen)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an absolute path; choose a folder with Browse…</source>
        <translation>%1 &apos;%2&apos; ist kein absoluter Pfad; wählen Sie einen Ordner mit Durchsuchen…</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not available; choose System, English or Deutsch</source>
        <translation>%1 &apos;%2&apos; ist nicht verfügbar; wählen Sie System, English oder Deutsch</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of: ask, session, file</source>
        <translation>%1 &apos;%2&apos; ist keiner der Werte: ask, session, file</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is out of range; use a whole number from %3 to %4</source>
        <translation>%1 &apos;%2&apos; liegt außerhalb des Bereichs; verwenden Sie eine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not on or off</source>
        <translation>%1 &apos;%2&apos; ist kein Ein/Aus-Wert</translation>
    </message>
    <message>
        <source>%1 contains spaces or line breaks (value not shown); paste it again without them</source>
        <translation>%1 enthält Leerzeichen oder Zeilenumbrüche (Wert nicht angezeigt); fügen Sie den Wert ohne diese erneut ein</translation>
    </message>
    <message>
        <source>%1 is a secret; it is stored in the keychain, not here</source>
        <translation>%1 ist ein Secret; es wird im Schlüsselbund gespeichert, nicht hier</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not available; choose System, Light or Dark</source>
        <translation>%1 „%2“ gibt es nicht; wählen Sie System, Hell oder Dunkel</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a database URL; write postgresql://user@host:5432/database or leave it empty for the local file</source>
        <translation>%1 &apos;%2&apos; ist keine Datenbank-URL; schreiben Sie postgresql://benutzer@host:5432/datenbank oder lassen Sie das Feld für die lokale Datei leer</translation>
    </message>
    <message>
        <source>%1 contains a password (not shown); remove it from the URL and type it into the Database password field, which keeps it in the keychain</source>
        <translation>%1 enthält ein Passwort (nicht angezeigt); entfernen Sie es aus der URL und tragen Sie es in das Feld Datenbankpasswort ein, das es im Schlüsselbund ablegt</translation>
    </message>
    <message>
        <source>%1 is shorter than 16 characters (value not shown); use a long random one, e.g. the output of: openssl rand -hex 16</source>
        <translation>%1 ist kürzer als 16 Zeichen (Wert nicht angezeigt); verwenden Sie ein langes zufälliges, z. B. die Ausgabe von: openssl rand -hex 16</translation>
    </message>
</context>
<context>
    <name>patchline::settings::StoreLocation</name>
    <message>
        <source>Database “%1”: only PostgreSQL URLs are supported; write postgresql://user@host:5432/database, or leave it empty for the local file.</source>
        <translation>Datenbank „%1“: nur PostgreSQL-URLs werden unterstützt; schreiben Sie postgresql://benutzer@host:5432/datenbank oder lassen Sie das Feld für die lokale Datei leer.</translation>
    </message>
    <message>
        <source>Database URL “%1” is not a valid URL; write postgresql://user@host:5432/database.</source>
        <translation>Datenbank-URL „%1“ ist keine gültige URL; schreiben Sie postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>Database URL “%1” names no host; write postgresql://user@host/database.</source>
        <translation>Datenbank-URL „%1“ nennt keinen Host; schreiben Sie postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>Database URL “%1” names no user; write postgresql://user@%2/database.</source>
        <translation>Datenbank-URL „%1“ nennt keinen Benutzer; schreiben Sie postgresql://benutzer@%2/datenbank.</translation>
    </message>
    <message>
        <source>Database URL “%1”: the database name “%2” is missing or has characters other than letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; write postgresql://user@host/patchline.</source>
        <translation>Datenbank-URL „%1“: der Datenbankname „%2“ fehlt oder enthält andere Zeichen als Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; schreiben Sie postgresql://benutzer@host/patchline.</translation>
    </message>
    <message>
        <source>Database URL “%1”: port %2 is out of range; use 1–65535.</source>
        <translation>Datenbank-URL „%1“: Port %2 liegt außerhalb des Bereichs; verwenden Sie 1–65535.</translation>
    </message>
    <message>
        <source>Database URL parameter “%1” is not supported; use sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name or target_session_attrs.</source>
        <translation>Datenbank-URL-Parameter „%1“ wird nicht unterstützt; verwenden Sie sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name oder target_session_attrs.</translation>
    </message>
    <message>
        <source>Database URL parameter %1=“%2” has spaces, quotes or other characters; use letters, digits and ./:+,@-_ only.</source>
        <translation>Datenbank-URL-Parameter %1=„%2“ enthält Leerzeichen, Anführungszeichen oder andere Zeichen; verwenden Sie nur Buchstaben, Ziffern und ./:+,@-_.</translation>
    </message>
</context>
<context>
    <name>patchline::store</name>
    <message>
        <source>Call %1 · %2 → %3 · agent %4 · %5
</source>
        <translation>Anruf %1 · %2 → %3 · Agent %4 · %5
</translation>
    </message>
    <message>
        <source>Ended: %1

</source>
        <translation>Beendet: %1

</translation>
    </message>
    <message>
        <source>  [interrupted; the caller heard %1 s]</source>
        <translation>  [unterbrochen; der Anrufer hat %1 s gehört]</translation>
    </message>
    <message>
        <source>  [interrupted]</source>
        <translation>  [unterbrochen]</translation>
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
conversation.json ElevenLabs&apos; post-call data for the conversation

Secrets (API keys, auth tokens, signatures) are redacted.
</source>
        <translation>Patchline-Incident-Paket

Anruf %1 (Stream %2, ElevenLabs-Konversation %3)
%4 → %5, Agent %6, gestartet %7, %8 s, beendet: %9

recording.wav     Stereo, 8 kHz, PCM16: Anrufer links, Agent rechts
transcript.txt    was gesagt wurde, mit Zeitversatz ab Beginn des Streams
transcript.json   dasselbe als JSON
timeline.jsonl    Statuswechsel, Unterbrechungen, Alarme, Fehler, Twilio-Status-Callbacks
metrics.json      in der Brücke gemessene Kennzahlen (Antwortlatenz, Jitter, Marks…)
wire.jsonl        alle Twilio- und ElevenLabs-Nachrichten (Media-Payloads ausgelassen)
conversation.json Post-Call-Daten von ElevenLabs zur Konversation

Secrets (API-Keys, Auth Tokens, Signaturen) sind geschwärzt.
</translation>
    </message>
    <message>
        <source>recording %1 (%2)</source>
        <translation>Aufzeichnung %1 (%2)</translation>
    </message>
    <message>
        <source>cannot create the bundle &apos;%1&apos; (zip error %2): choose a folder you can write to</source>
        <translation>Paket &apos;%1&apos; kann nicht angelegt werden (zip-Fehler %2): wählen Sie einen Ordner, in den Sie schreiben dürfen</translation>
    </message>
    <message>
        <source>cannot write %1 into &apos;%2&apos; (disk full?)</source>
        <translation>%1 kann nicht in &apos;%2&apos; geschrieben werden (Datenträger voll?)</translation>
    </message>
    <message>
        <source>cannot finish the bundle &apos;%1&apos; (zip error %2)</source>
        <translation>Paket &apos;%1&apos; kann nicht abgeschlossen werden (zip-Fehler %2)</translation>
    </message>
</context>
<context>
    <name>patchline::store::NodeStore</name>
    <message>
        <source>node %1 stopped heartbeating for more than %2 s during the call; marked interrupted by node %3</source>
        <translation>Knoten %1 sendete während des Anrufs länger als %2 s keinen Heartbeat; von Knoten %3 als unterbrochen markiert</translation>
    </message>
</context>
<context>
    <name>patchline::store::Storage</name>
    <message numerus="yes">
        <source>%n call(s) were left open when Patchline last stopped; they are now marked interrupted, with recording and transcript kept</source>
        <translation>
            <numerusform>%n Anruf war beim letzten Beenden von Patchline noch offen; er ist jetzt als unterbrochen markiert, Aufzeichnung und Transkript bleiben erhalten</numerusform>
            <numerusform>%n Anrufe waren beim letzten Beenden von Patchline noch offen; sie sind jetzt als unterbrochen markiert, Aufzeichnung und Transkript bleiben erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) older than %1 days deleted (Settings → Recording)</source>
        <translation>
            <numerusform>%n Aufzeichnung älter als %1 Tage gelöscht (Einstellungen → Aufzeichnung)</numerusform>
            <numerusform>%n Aufzeichnungen älter als %1 Tage gelöscht (Einstellungen → Aufzeichnung)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>refused to record call %1 to %2: the path is outside the data folder %3</source>
        <translation>Aufzeichnung von Anruf %1 nach %2 abgelehnt: der Pfad liegt außerhalb des Datenordners %3</translation>
    </message>
    <message>
        <source>refused to record call %1 to %2: the folder leads outside the data folder %3</source>
        <translation>Aufzeichnung von Anruf %1 nach %2 abgelehnt: der Ordner führt aus dem Datenordner %3 hinaus</translation>
    </message>
    <message>
        <source>the call database refused a change: %1</source>
        <translation>die Anrufdatenbank hat eine Änderung abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more since the last notice)</source>
        <translation>
            <numerusform> (und %n weitere seit dem letzten Hinweis)</numerusform>
            <numerusform> (und %n weitere seit dem letzten Hinweis)</numerusform>
        </translation>
    </message>
    <message>
        <source>the call database is locked by another program or the disk is full (%1); changes wait in memory and are written when it is free again</source>
        <translation>die Anrufdatenbank ist von einem anderen Programm gesperrt oder der Datenträger ist voll (%1); Änderungen warten im Speicher und werden geschrieben, sobald sie wieder frei ist</translation>
    </message>
    <message>
        <source>the call database has been unavailable too long; further changes are dropped until it is free</source>
        <translation>die Anrufdatenbank ist zu lange nicht verfügbar; weitere Änderungen werden verworfen, bis sie frei ist</translation>
    </message>
    <message numerus="yes">
        <source>the call database is writable again; %n waiting change(s) written</source>
        <translation>
            <numerusform>die Anrufdatenbank ist wieder beschreibbar; %n wartende Änderung geschrieben</numerusform>
            <numerusform>die Anrufdatenbank ist wieder beschreibbar; %n wartende Änderungen geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n change(s) were lost while it was unavailable</source>
        <translation>
            <numerusform>; %n Änderung ging verloren, während sie nicht verfügbar war</numerusform>
            <numerusform>; %n Änderungen gingen verloren, während sie nicht verfügbar war</numerusform>
        </translation>
    </message>
    <message>
        <source>recording of call %1 stopped after %2 s: %3; the call goes on and what was recorded stays playable. Free space in the data folder.</source>
        <translation>Aufzeichnung von Anruf %1 nach %2 s angehalten: %3; der Anruf läuft weiter und das Aufgezeichnete bleibt abspielbar. Geben Sie Platz im Datenordner frei.</translation>
    </message>
    <message>
        <source>the disk is not keeping up with the calls: %1 MiB wait to be written; wire-log lines are dropped (and counted) until it catches up</source>
        <translation>der Datenträger kommt mit den Anrufen nicht mit: %1 MiB warten auf das Schreiben; Wire-Log-Zeilen werden verworfen (und gezählt), bis er aufgeholt hat</translation>
    </message>
    <message>
        <source>wire log of call %1 stopped: %2</source>
        <translation>Wire-Log von Anruf %1 angehalten: %2</translation>
    </message>
    <message numerus="yes">
        <source>the disk caught up; %n wire-log line(s) were dropped so far</source>
        <translation>
            <numerusform>der Datenträger hat aufgeholt; bisher wurde %n Wire-Log-Zeile verworfen</numerusform>
            <numerusform>der Datenträger hat aufgeholt; bisher wurden %n Wire-Log-Zeilen verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; calls go on and their records wait in memory until it can be reached</source>
        <translation>%1; Anrufe laufen weiter, ihre Datensätze warten im Speicher, bis die Datenbank erreichbar ist</translation>
    </message>
    <message>
        <source>the call database cannot be reached (%1); calls go on, and their records wait in memory and are written when it is back</source>
        <translation>die Anrufdatenbank ist nicht erreichbar (%1); Anrufe laufen weiter, ihre Datensätze warten im Speicher und werden geschrieben, sobald sie wieder da ist</translation>
    </message>
    <message>
        <source>cannot listen for other nodes&apos; messages: %1</source>
        <translation>Nachrichten anderer Knoten können nicht empfangen werden: %1</translation>
    </message>
    <message>
        <source>cannot read other nodes&apos; messages: %1</source>
        <translation>Nachrichten anderer Knoten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot hand a %1 for call %2 to node %3: %4</source>
        <translation>%1 für Anruf %2 kann nicht an Knoten %3 übergeben werden: %4</translation>
    </message>
</context>
<context>
    <name>patchline::store::SuiteStore</name>
    <message>
        <source>Suite name is empty: type a name such as “checkout flow”.</source>
        <translation>Der Name der Testsuite ist leer: geben Sie einen Namen wie „Bestellvorgang“ ein.</translation>
    </message>
    <message>
        <source>Suite name “%1…” is %2 characters long: use at most %3.</source>
        <translation>Der Name der Testsuite „%1…“ ist %2 Zeichen lang: verwenden Sie höchstens %3.</translation>
    </message>
    <message>
        <source>Suite name contains control characters: use letters, digits and spaces.</source>
        <translation>Der Name der Testsuite enthält Steuerzeichen: verwenden Sie Buchstaben, Ziffern und Leerzeichen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check the data folder&apos;s permissions.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
    <message>
        <source>call %1: not in the call log</source>
        <translation>Anruf %1: nicht im Anrufprotokoll</translation>
    </message>
    <message>
        <source>%1: already in the suite</source>
        <translation>%1: bereits in der Testsuite</translation>
    </message>
    <message>
        <source>%1: its recording is gone (recording was off, or retention deleted it)</source>
        <translation>%1: die Aufzeichnung ist nicht mehr vorhanden (Aufzeichnung war aus oder wurde nach Ablauf der Aufbewahrungsfrist gelöscht)</translation>
    </message>
    <message>
        <source>%1: cannot copy its recording to %2</source>
        <translation>%1: die Aufzeichnung kann nicht nach %2 kopiert werden</translation>
    </message>
</context>
<context>
    <name>patchline::suite</name>
    <message>
        <source>Replay call</source>
        <translation>Wiederholungsanruf</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>the replay call failed: %1</source>
        <translation>der Wiederholungsanruf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Call length</source>
        <translation>Anrufdauer</translation>
    </message>
    <message>
        <source>%1, more than the %2 % allowed</source>
        <translation>%1, mehr als die erlaubten %2 %</translation>
    </message>
    <message>
        <source>Turn latency p50</source>
        <translation>Antwortlatenz p50</translation>
    </message>
    <message>
        <source>Turn latency p90</source>
        <translation>Antwortlatenz p90</translation>
    </message>
    <message>
        <source>grew %1 ms (%2), more than the %3 % allowed</source>
        <translation>um %1 ms gestiegen (%2), mehr als die erlaubten %3 %</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Sprecherwechsel</translation>
    </message>
    <message>
        <source>Barge-ins</source>
        <translation>Unterbrechungen</translation>
    </message>
    <message>
        <source>%1 more than the original</source>
        <translation>%1 mehr als im Original</translation>
    </message>
    <message>
        <source>Time-to-yield (slowest)</source>
        <translation>Zeit bis zum Verstummen (längste)</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>Post-call analysis</source>
        <translation>Post-Call-Analyse</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>no post-call analysis arrived for the replay (is the post-call webhook set in ElevenLabs and the public URL reachable?)</source>
        <translation>für die Wiederholung ist keine Post-Call-Analyse eingetroffen (ist der Post-Call-Webhook in ElevenLabs eingerichtet und die öffentliche URL erreichbar?)</translation>
    </message>
    <message>
        <source>Call successful</source>
        <translation>Anruf erfolgreich</translation>
    </message>
    <message>
        <source>was success, now %1</source>
        <translation>war success, jetzt %1</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Kriterium %1</translation>
    </message>
    <message>
        <source>passed in the original, now %1</source>
        <translation>im Original bestanden, jetzt %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Data %1</source>
        <translation>Daten %1</translation>
    </message>
    <message>
        <source>was “%1”, now “%2”</source>
        <translation>war „%1“, jetzt „%2“</translation>
    </message>
    <message>
        <source>Agent&apos;s words the same</source>
        <translation>Gleiche Wörter des Agenten</translation>
    </message>
    <message>
        <source>%1 of the agent&apos;s words are the same, less than the %2 % required</source>
        <translation>%1 der Wörter des Agenten sind gleich, weniger als die geforderten %2 %</translation>
    </message>
    <message>
        <source>passed %1 of %2, failed %3%4</source>
        <translation>%1 von %2 bestanden, %3 fehlgeschlagen%4</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>replay %1, agent %2</source>
        <translation>Wiederholung %1, Agent %2</translation>
    </message>
    <message>
        <source>Agent, original</source>
        <translation>Agent, Original</translation>
    </message>
    <message>
        <source>Agent, replay</source>
        <translation>Agent, Wiederholung</translation>
    </message>
    <message>
        <source>Suite %1</source>
        <translation>Testsuite %1</translation>
    </message>
    <message>
        <source>Agent: %1. Started %2, finished %3.</source>
        <translation>Agent: %1. Gestartet %2, beendet %3.</translation>
    </message>
    <message>
        <source>each case&apos;s own</source>
        <translation>jeweils der eigene des Testfalls</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>Replay %1 to agent %2.</source>
        <translation>Wiederholung %1 an Agent %2.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Original %1</source>
        <translation>Original %1</translation>
    </message>
    <message>
        <source>Replay %1</source>
        <translation>Wiederholung %1</translation>
    </message>
    <message>
        <source>the agent answered no turn of the replay</source>
        <translation>der Agent hat in der Wiederholung auf keinen Sprecherwechsel geantwortet</translation>
    </message>
</context>
<context>
    <name>patchline::twilio</name>
    <message>
        <source>Webhook failed</source>
        <translation>Webhook fehlgeschlagen</translation>
    </message>
    <message>
        <source>Twilio could not fetch TwiML from Patchline&apos;s voice webhook (unreachable, slow, or an error status).</source>
        <translation>Twilio konnte kein TwiML vom Voice-Webhook von Patchline abrufen (nicht erreichbar, zu langsam oder Fehlerstatus).</translation>
    </message>
    <message>
        <source>Check that the public URL reaches this app and run the reachability test.</source>
        <translation>Prüfen Sie, ob die öffentliche URL diese App erreicht, und führen Sie den Erreichbarkeitstest aus.</translation>
    </message>
    <message>
        <source>Geo permission</source>
        <translation>Geo-Berechtigung</translation>
    </message>
    <message>
        <source>The account&apos;s voice geographic permissions do not allow this destination.</source>
        <translation>Die geografischen Voice-Berechtigungen des Kontos erlauben dieses Ziel nicht.</translation>
    </message>
    <message>
        <source>Enable the country in Twilio Console → Voice → Geo permissions.</source>
        <translation>Aktivieren Sie das Land in der Twilio Console → Voice → Geo permissions.</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Wrong Account SID / Auth Token or API key, a deleted key, or a suspended account.</source>
        <translation>Falsche Account SID / falscher Auth Token oder API-Key, ein gelöschter Key oder ein gesperrtes Konto.</translation>
    </message>
    <message>
        <source>Re-enter the Twilio credentials in settings and press Test.</source>
        <translation>Geben Sie die Twilio-Zugangsdaten in den Einstellungen erneut ein und klicken Sie auf Testen.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>The call, number or account does not exist (or has ended).</source>
        <translation>Anruf, Nummer oder Konto existiert nicht (oder ist beendet).</translation>
    </message>
    <message>
        <source>Check the SID; an ended call cannot be changed.</source>
        <translation>Prüfen Sie die SID; ein beendeter Anruf kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>The account&apos;s API rate limit was reached.</source>
        <translation>Das API-Ratenlimit des Kontos wurde erreicht.</translation>
    </message>
    <message>
        <source>Patchline retries with back-off; place fewer calls per second.</source>
        <translation>Patchline wiederholt mit Back-off; starten Sie weniger Anrufe pro Sekunde.</translation>
    </message>
    <message>
        <source>Caller ID not allowed</source>
        <translation>Anrufer-ID nicht erlaubt</translation>
    </message>
    <message>
        <source>The From number is not a Twilio number or verified caller ID of this account.</source>
        <translation>Die Absendernummer (From) ist weder eine Twilio-Nummer noch eine verifizierte Anrufer-ID dieses Kontos.</translation>
    </message>
    <message>
        <source>Pick a From number from the account&apos;s numbers.</source>
        <translation>Wählen Sie eine Absendernummer aus den Nummern des Kontos.</translation>
    </message>
    <message>
        <source>Invalid &apos;To&apos; number</source>
        <translation>Ungültige Zielnummer (&apos;To&apos;)</translation>
    </message>
    <message>
        <source>The number is not a valid, dialable E.164 number.</source>
        <translation>Die Nummer ist keine gültige, wählbare E.164-Nummer.</translation>
    </message>
    <message>
        <source>Enter the number with + and country code, e.g. +14155551212.</source>
        <translation>Geben Sie die Nummer mit + und Ländervorwahl ein, z. B. +14155551212.</translation>
    </message>
    <message>
        <source>Geographic permissions do not allow calling this destination.</source>
        <translation>Die geografischen Berechtigungen erlauben keine Anrufe an dieses Ziel.</translation>
    </message>
    <message>
        <source>Unverified number (trial)</source>
        <translation>Nicht verifizierte Nummer (Testkonto)</translation>
    </message>
    <message>
        <source>Trial accounts may only call verified numbers.</source>
        <translation>Testkonten dürfen nur verifizierte Nummern anrufen.</translation>
    </message>
    <message>
        <source>Verify the number in Twilio Console, or upgrade the account.</source>
        <translation>Verifizieren Sie die Nummer in der Twilio Console oder führen Sie ein Upgrade des Kontos durch.</translation>
    </message>
    <message>
        <source>Invalid call state</source>
        <translation>Ungültiger Anrufstatus</translation>
    </message>
    <message>
        <source>The call is no longer in progress.</source>
        <translation>Der Anruf läuft nicht mehr.</translation>
    </message>
    <message>
        <source>Nothing to do: the call has already ended.</source>
        <translation>Nichts zu tun: der Anruf ist bereits beendet.</translation>
    </message>
    <message>
        <source>Trial accounts may only reach verified numbers.</source>
        <translation>Testkonten können nur verifizierte Nummern erreichen.</translation>
    </message>
    <message>
        <source>Stream handshake error</source>
        <translation>Stream-Handshake-Fehler</translation>
    </message>
    <message>
        <source>Patchline answered the media stream upgrade with a status other than 101: wrong path, a query string in the stream URL, or a signature check that failed because the public URL is wrong.</source>
        <translation>Patchline hat das Upgrade des Media-Streams mit einem anderen Status als 101 beantwortet: falscher Pfad, ein Query-String in der Stream-URL oder eine fehlgeschlagene Signaturprüfung wegen falscher öffentlicher URL.</translation>
    </message>
    <message>
        <source>Check the public URL setting; the signature-failure log names the URL that was checked.</source>
        <translation>Prüfen Sie die Einstellung der öffentlichen URL; der Protokolleintrag zur fehlgeschlagenen Signatur nennt die geprüfte URL.</translation>
    </message>
    <message>
        <source>Stream closed by the app</source>
        <translation>Stream von der App geschlossen</translation>
    </message>
    <message>
        <source>Patchline closed the media stream. Twilio logs this even when the call ended on purpose (agent hung up, operator ended it).</source>
        <translation>Patchline hat den Media-Stream geschlossen. Twilio protokolliert dies auch, wenn der Anruf absichtlich endete (Agent hat aufgelegt, Operator hat beendet).</translation>
    </message>
    <message>
        <source>Look at the call&apos;s end reason in Patchline; often no action is needed.</source>
        <translation>Sehen Sie sich den Beendigungsgrund des Anrufs in Patchline an; oft ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Stream protocol error</source>
        <translation>Stream-Protokollfehler</translation>
    </message>
    <message>
        <source>Twilio received a malformed WebSocket frame or message from Patchline.</source>
        <translation>Twilio hat einen fehlerhaften WebSocket-Frame oder eine fehlerhafte Nachricht von Patchline erhalten.</translation>
    </message>
    <message>
        <source>Report it with the call&apos;s incident bundle.</source>
        <translation>Melden Sie dies mit dem Incident-Paket des Anrufs.</translation>
    </message>
    <message>
        <source>Invalid stream track</source>
        <translation>Ungültiger Stream-Track</translation>
    </message>
    <message>
        <source>A track other than inbound_track was requested on &lt;Connect&gt;&lt;Stream&gt; (for example track=&quot;both_tracks&quot;).</source>
        <translation>Auf &lt;Connect&gt;&lt;Stream&gt; wurde ein anderer Track als inbound_track angefordert (zum Beispiel track=&quot;both_tracks&quot;).</translation>
    </message>
    <message>
        <source>Patchline never sets track on &lt;Connect&gt;; check TwiML served by another app.</source>
        <translation>Patchline setzt track nie auf &lt;Connect&gt;; prüfen Sie TwiML, das von einer anderen App ausgeliefert wird.</translation>
    </message>
    <message>
        <source>Malformed stream message</source>
        <translation>Fehlerhafte Stream-Nachricht</translation>
    </message>
    <message>
        <source>Twilio could not decode a message (binary frame or raw bytes).</source>
        <translation>Twilio konnte eine Nachricht nicht dekodieren (Binär-Frame oder Rohbytes).</translation>
    </message>
    <message>
        <source>Invalid stream message</source>
        <translation>Ungültige Stream-Nachricht</translation>
    </message>
    <message>
        <source>A message was not JSON, had an unknown event, extra fields or a wrong streamSid.</source>
        <translation>Eine Nachricht war kein JSON oder hatte ein unbekanntes Event, zusätzliche Felder oder eine falsche streamSid.</translation>
    </message>
    <message>
        <source>Twilio error %1%2 (see https://www.twilio.com/docs/errors/%1)</source>
        <translation>Twilio-Fehler %1%2 (siehe https://www.twilio.com/docs/errors/%1)</translation>
    </message>
    <message>
        <source>Twilio error %1, %2: %3 Fix: %4</source>
        <translation>Twilio-Fehler %1, %2: %3 Abhilfe: %4</translation>
    </message>
    <message>
        <source>enter the number to call, with + and country code</source>
        <translation>geben Sie die Zielnummer mit + und Ländervorwahl ein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no country code; start with + (e.g. +1 for the US)</source>
        <translation>&apos;%1&apos; hat keine Ländervorwahl; beginnen Sie mit + (z. B. +49 für Deutschland)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains letters or symbols; use digits only</source>
        <translation>&apos;%1&apos; enthält Buchstaben oder Symbole; verwenden Sie nur Ziffern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long for E.164 (at most 15 digits)</source>
        <translation>&apos;%1&apos; ist zu lang für E.164 (höchstens 15 Ziffern)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too short or has an invalid country code</source>
        <translation>&apos;%1&apos; ist zu kurz oder hat eine ungültige Ländervorwahl</translation>
    </message>
    <message>
        <source>the stream&apos;s start carries no token parameter</source>
        <translation>der start des Streams enthält keinen token-Parameter</translation>
    </message>
    <message>
        <source>the stream&apos;s token is malformed</source>
        <translation>das Token des Streams ist fehlerhaft</translation>
    </message>
    <message>
        <source>the stream&apos;s token expired %1 s ago</source>
        <translation>das Token des Streams ist vor %1 s abgelaufen</translation>
    </message>
    <message>
        <source>the stream&apos;s token was not issued for this CallSid</source>
        <translation>das Token des Streams wurde nicht für diese CallSid ausgestellt</translation>
    </message>
</context>
<context>
    <name>patchline::twilio::RestClient</name>
    <message>
        <source>could not reach Twilio at %1: %2</source>
        <translation>Twilio unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Twilio answered HTTP %1: %2</source>
        <translation>Twilio antwortete mit HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>patchline::ui::AgentListModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
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
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;formats %2 in / %3 out · language %4&lt;br/&gt;first message: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Formate Eingang %2 / Ausgang %3 · Sprache %4&lt;br/&gt;erste Nachricht: %5</translation>
    </message>
    <message>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;keine&lt;/i&gt;</translation>
    </message>
    <message>
        <source>overrides allowed: %1</source>
        <translation>erlaubte Overrides: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>needs dynamic variables: %1</source>
        <translation>benötigt dynamische Variablen: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b873a&apos;&gt;✔ ready for phone calls&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b873a&apos;&gt;✔ bereit für Telefonanrufe&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Conversations…</source>
        <translation>Konversationen…</translation>
    </message>
    <message>
        <source>ElevenLabs&apos; records of this agent&apos;s conversations: transcript, reason it ended, cost, audio</source>
        <translation>Daten von ElevenLabs zu den Konversationen dieses Agenten: Transkript, Beendigungsgrund, Kosten, Audio</translation>
    </message>
</context>
<context>
    <name>patchline::ui::AlarmListModel</name>
    <message>
        <source>%1 (cleared)</source>
        <translation>%1 (aufgehoben)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
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
    <message>
        <source>%1 · agent muted</source>
        <translation>%1 · Agent stumm</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>Von → An</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>this console</source>
        <translation>diese Konsole</translation>
    </message>
</context>
<context>
    <name>patchline::ui::CallMetricsModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Response latency</source>
        <translation>Antwortlatenz</translation>
    </message>
    <message>
        <source>Last turn</source>
        <translation>Letzter Sprecherwechsel</translation>
    </message>
    <message>
        <source>Caller stopped speaking → first agent audio sent to Twilio, measured at the bridge</source>
        <translation>Anrufer hört auf zu sprechen → erstes Agent-Audio an Twilio gesendet, gemessen an der Bridge</translation>
    </message>
    <message>
        <source>p50 / p90</source>
        <translation>p50 / p90</translation>
    </message>
    <message>
        <source>no turn yet</source>
        <translation>noch kein Sprecherwechsel</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 over %n turn(s)</source>
        <translation>
            <numerusform>%1 / %2 über %n Sprecherwechsel</numerusform>
            <numerusform>%1 / %2 über %n Sprecherwechsel</numerusform>
        </translation>
    </message>
    <message>
        <source>Barge-in</source>
        <translation>Unterbrechung</translation>
    </message>
    <message>
        <source>Barge-ins</source>
        <translation>Unterbrechungen</translation>
    </message>
    <message>
        <source>Last time-to-yield</source>
        <translation>Letzte Zeit bis zum Verstummen</translation>
    </message>
    <message>
        <source>Caller speech onset → `clear` sent to Twilio</source>
        <translation>Anrufer beginnt zu sprechen → `clear` an Twilio gesendet</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent ping_ms</source>
        <translation>Agent ping_ms</translation>
    </message>
    <message>
        <source>Round trip the agent reports in its pings</source>
        <translation>Umlaufzeit, die der Agent in seinen Pings meldet</translation>
    </message>
    <message>
        <source>Audio formats in / out</source>
        <translation>Audioformate Eingang / Ausgang</translation>
    </message>
    <message>
        <source>agent connecting</source>
        <translation>Agent verbindet</translation>
    </message>
    <message>
        <source>Caller → agent</source>
        <translation>Anrufer → Agent</translation>
    </message>
    <message>
        <source>Frames, audio</source>
        <translation>Frames, Audio</translation>
    </message>
    <message>
        <source>%1 frames · %2</source>
        <translation>%1 Frames · %2</translation>
    </message>
    <message>
        <source>Frame jitter p99</source>
        <translation>Frame-Jitter p99</translation>
    </message>
    <message>
        <source>How far Twilio&apos;s 20 ms frames arrive from their schedule</source>
        <translation>Wie weit die 20-ms-Frames von Twilio von ihrem Takt abweichen</translation>
    </message>
    <message>
        <source>On the wire</source>
        <translation>Auf der Leitung</translation>
    </message>
    <message>
        <source>%1 from Twilio · %2 to the agent</source>
        <translation>%1 von Twilio · %2 an den Agenten</translation>
    </message>
    <message>
        <source>Agent → caller</source>
        <translation>Agent → Anrufer</translation>
    </message>
    <message>
        <source>Chunks, audio</source>
        <translation>Chunks, Audio</translation>
    </message>
    <message>
        <source>%1 chunks · %2 · %3 dropped after barge-ins</source>
        <translation>%1 Chunks · %2 · %3 nach Unterbrechungen verworfen</translation>
    </message>
    <message>
        <source> · %1 withheld (muted)</source>
        <translation> · %1 zurückgehalten (stumm)</translation>
    </message>
    <message>
        <source>Pacing: queued at Twilio</source>
        <translation>Takt: bei Twilio wartend</translation>
    </message>
    <message>
        <source>%1 now · %2 at most</source>
        <translation>%1 jetzt · höchstens %2</translation>
    </message>
    <message>
        <source>Agent audio sent ahead of what the caller has heard (what a clear cuts)</source>
        <translation>Agent-Audio, das dem Gehörten vorausgesendet wurde (was ein clear verwirft)</translation>
    </message>
    <message>
        <source>Pacing: underruns</source>
        <translation>Takt: Aussetzer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) mid-reply, %1 in all</source>
        <translation>
            <numerusform>%n Lücke mitten in einer Antwort, %1 insgesamt</numerusform>
            <numerusform>%n Lücken mitten in Antworten, %1 insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent audio that arrived after the audio before it had played out: the caller heard a gap inside a reply</source>
        <translation>Agent-Audio, das erst nach dem Abspielen des vorigen Audios ankam: der Anrufer hörte eine Lücke mitten in einer Antwort</translation>
    </message>
    <message>
        <source>Marks echoed</source>
        <translation>Zurückgemeldete Marks</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 from the agent · %2 to Twilio</source>
        <translation>%1 vom Agenten · %2 an Twilio</translation>
    </message>
    <message>
        <source>Turns and barge-ins</source>
        <translation>Sprecherwechsel und Unterbrechungen</translation>
    </message>
    <message>
        <source>Turn %1 at %2</source>
        <translation>Sprecherwechsel %1 bei %2</translation>
    </message>
    <message>
        <source>answered after %1</source>
        <translation>Antwort nach %1</translation>
    </message>
    <message>
        <source>time-to-yield %1</source>
        <translation>Zeit bis zum Verstummen %1</translation>
    </message>
    <message>
        <source> · heard %1 of %2 s</source>
        <translation> · %1 von %2 s gehört</translation>
    </message>
    <message>
        <source>Barge-in %1 at %2</source>
        <translation>Unterbrechung %1 bei %2</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source> · %1 dropped (not one 20 ms frame, or faster than real time)</source>
        <translation> · %1 verworfen (kein 20-ms-Frame oder schneller als Echtzeit)</translation>
    </message>
</context>
<context>
    <name>patchline::ui::CallWall</name>
    <message>
        <source>Live calls wall: click a call to open it</source>
        <translation>Wand der laufenden Anrufe: Anruf anklicken, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>No live calls</source>
        <translation>Keine laufenden Anrufe</translation>
    </message>
    <message>
        <source>(no speech yet)</source>
        <translation>(noch keine Sprache)</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Anrufer: %1</translation>
    </message>
    <message>
        <source>%1 · barge-ins %2</source>
        <translation>%1 · Unterbrechungen %2</translation>
    </message>
</context>
<context>
    <name>patchline::ui::CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>CSV ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>A CSV file with a phone_number column; other columns become the agent&apos;s dynamic variables (agent_id, from and not_before are optional).</source>
        <translation>Eine CSV-Datei mit einer Spalte phone_number; weitere Spalten werden dynamische Variablen des Agenten (agent_id, from und not_before sind optional).</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;Remove rows with problems</source>
        <translation>Zeilen mit Problemen &amp;entfernen</translation>
    </message>
    <message>
        <source>Calls at the same time (1–50)</source>
        <translation>Gleichzeitige Anrufe (1–50)</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>Twilio accepts 1 new call per second per account unless your limit was raised; faster requests are queued or refused (429)</source>
        <translation>Twilio nimmt 1 neuen Anruf pro Sekunde und Konto an, sofern Ihre Grenze nicht erhöht wurde; schnellere Anfragen werden eingereiht oder abgelehnt (429)</translation>
    </message>
    <message>
        <source>Only call between</source>
        <translation>Nur anrufen zwischen</translation>
    </message>
    <message>
        <source> min apart</source>
        <translation> min Abstand</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>besetzt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Answering-machine detection</source>
        <translation>Anrufbeantworter-Erkennung</translation>
    </message>
    <message>
        <source>MachineDetection=Enable: Twilio reports human or machine before the agent starts</source>
        <translation>MachineDetection=Enable: Twilio meldet Mensch oder Maschine, bevor der Agent beginnt</translation>
    </message>
    <message>
        <source>&amp;Start campaign</source>
        <translation>Kampagne &amp;starten</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>callee&apos;s local time</source>
        <translation>Ortszeit der Angerufenen</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation>&amp;Gleichzeitig</translation>
    </message>
    <message>
        <source>Calls &amp;created</source>
        <translation>Anrufe an&amp;legen</translation>
    </message>
    <message>
        <source>Calling &amp;window</source>
        <translation>Anruf&amp;zeitfenster</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Zeit&amp;zone</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>&amp;Versuche</translation>
    </message>
    <message>
        <source>Open campaign CSV</source>
        <translation>Kampagnen-CSV öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems removed.</source>
        <translation>
            <numerusform>%n Zeile mit Problemen entfernt.</numerusform>
            <numerusform>%n Zeilen mit Problemen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a trial account: it can call only the numbers verified on it, Twilio strips &lt;Stream&gt; (the agent is not connected) and limits concurrent calls. Upgrade the account before running a campaign.</source>
        <translation>%1 ist ein Testkonto: es kann nur die darauf verifizierten Nummern anrufen, Twilio entfernt &lt;Stream&gt; (der Agent wird nicht verbunden) und begrenzt gleichzeitige Anrufe. Stufen Sie das Konto hoch, bevor Sie eine Kampagne starten.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Choose another file.</source>
        <translation>%1 kann nicht gelesen werden: %2. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Open a CSV file to see its rows here.</source>
        <translation>Öffnen Sie eine CSV-Datei, um ihre Zeilen hier zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) can be dialled, %2 cannot (in red, reasons on the right). Double-click a cell to fix it, or remove those rows.</source>
        <translation>
            <numerusform>%1 von %n Zeile kann gewählt werden, %2 nicht (rot, Gründe rechts). Doppelklicken Sie eine Zelle, um sie zu korrigieren, oder entfernen Sie diese Zeilen.</numerusform>
            <numerusform>%1 von %n Zeilen können gewählt werden, %2 nicht (rot, Gründe rechts). Doppelklicken Sie eine Zelle, um sie zu korrigieren, oder entfernen Sie diese Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be dialled.</source>
        <translation>
            <numerusform>Die %n Zeile kann gewählt werden.</numerusform>
            <numerusform>Alle %n Zeilen können gewählt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>%1 span several time zones: choose the one to use for their numbers.</source>
        <translation>%1 umfasst mehrere Zeitzonen: wählen Sie die für diese Nummern.</translation>
    </message>
    <message>
        <source>Open a CSV file first.</source>
        <translation>Öffnen Sie zuerst eine CSV-Datei.</translation>
    </message>
    <message>
        <source>The file cannot be used as it is; see the message above the settings.</source>
        <translation>Die Datei ist so nicht verwendbar; siehe die Meldung über den Einstellungen.</translation>
    </message>
    <message>
        <source>The file has no recipient rows.</source>
        <translation>Die Datei hat keine Empfängerzeilen.</translation>
    </message>
    <message numerus="yes">
        <source>Fix or remove the %n row(s) with problems first.</source>
        <translation>
            <numerusform>Korrigieren oder entfernen Sie zuerst die %n Zeile mit Problemen.</numerusform>
            <numerusform>Korrigieren oder entfernen Sie zuerst die %n Zeilen mit Problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the From number (one of the account&apos;s numbers).</source>
        <translation>Wählen Sie die Absendernummer (eine Nummer des Kontos).</translation>
    </message>
    <message>
        <source>Choose a time zone for %1, or switch the calling window off.</source>
        <translation>Wählen Sie eine Zeitzone für %1 oder schalten Sie das Anrufzeitfenster aus.</translation>
    </message>
    <message>
        <source>The calling window starts and ends at the same time; widen it or switch it off.</source>
        <translation>Das Anrufzeitfenster beginnt und endet zur selben Zeit; erweitern Sie es oder schalten Sie es aus.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;Calls of this campaign would fail:&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;Anrufe dieser Kampagne würden scheitern:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start &amp;anyway</source>
        <translation>&amp;Trotzdem starten</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the accounts, the From number, the public URL and the agent before dialling…</source>
        <translation>Prüfe vor dem Wählen die Konten, die Absendernummer, die öffentliche URL und den Agenten…</translation>
    </message>
</context>
<context>
    <name>patchline::ui::CampaignPreviewModel</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>patchline::ui::CampaignRowModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>CallSid</source>
        <translation>CallSid</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Data collected</source>
        <translation>Erfasste Daten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>retrying at %1</source>
        <translation>neuer Versuch um %1</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>kein Erfolg</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>patchline::ui::CampaignWindow</name>
    <message>
        <source>Campaign — %1</source>
        <translation>Kampagne — %1</translation>
    </message>
    <message>
        <source>%v of %m final</source>
        <translation>%v von %m abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>No new calls; live calls go on</source>
        <translation>Keine neuen Anrufe; laufende Anrufe gehen weiter</translation>
    </message>
    <message>
        <source>&amp;Cancel campaign…</source>
        <translation>Kampagne a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>Campaign rows</source>
        <translation>Kampagnenzeilen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Cancel campaign?</source>
        <translation>Kampagne abbrechen?</translation>
    </message>
    <message>
        <source>No further numbers are dialled and rows still waiting are marked cancelled.</source>
        <translation>Es werden keine weiteren Nummern gewählt, und noch wartende Zeilen werden als abgebrochen markiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) are live.</source>
        <translation>
            <numerusform>%n Anruf läuft.</numerusform>
            <numerusform>%n Anrufe laufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel and &amp;hang up</source>
        <translation>Abbrechen und &amp;auflegen</translation>
    </message>
    <message>
        <source>Cancel, let live calls &amp;finish</source>
        <translation>Abbrechen, laufende Anrufe &amp;beenden lassen</translation>
    </message>
    <message>
        <source>Cancel &amp;campaign</source>
        <translation>&amp;Kampagne abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Export campaign results</source>
        <translation>Kampagnenergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>✓ Results exported to %1</source>
        <translation>✓ Ergebnisse nach %1 exportiert</translation>
    </message>
    <message>
        <source>✗ Not exported: %1</source>
        <translation>✗ Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>queued %1 · dialling %2 · live %3 · retrying %4 · done %5 · failed %6 · cancelled %7</source>
        <translation>wartend %1 · wählt %2 · aktiv %3 · Wiederholung %4 · erledigt %5 · fehlgeschlagen %6 · abgebrochen %7</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>&amp;Bundles of failed calls…</source>
        <translation>&amp;Incident-Pakete fehlgeschlagener Anrufe…</translation>
    </message>
    <message>
        <source>One incident bundle (zip: recording, transcript, timeline, wire log) per failed call</source>
        <translation>Ein Incident-Paket (Zip: Aufnahme, Transkript, Zeitleiste, Nachrichtenprotokoll) je fehlgeschlagenem Anruf</translation>
    </message>
    <message>
        <source>Folder for the incident bundles</source>
        <translation>Ordner für die Incident-Pakete</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n incident bundle(s) written to %1</source>
        <translation>
            <numerusform>✓ %n Incident-Paket nach %1 geschrieben</numerusform>
            <numerusform>✓ %n Incident-Pakete nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patchline::ui::CompareDialog</name>
    <message>
        <source>Compare calls</source>
        <translation>Anrufe vergleichen</translation>
    </message>
    <message>
        <source>Call A</source>
        <translation>Anruf A</translation>
    </message>
    <message>
        <source>Call B</source>
        <translation>Anruf B</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Sprecherwechsel</translation>
    </message>
    <message>
        <source>Turn latency p50</source>
        <translation>Antwortlatenz p50</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Turn latency p90</source>
        <translation>Antwortlatenz p90</translation>
    </message>
    <message>
        <source>Barge-ins</source>
        <translation>Unterbrechungen</translation>
    </message>
    <message>
        <source>Last time-to-yield</source>
        <translation>Letzte Zeit bis zum Verstummen</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Agent audio dropped (chunks)</source>
        <translation>Verworfenes Agent-Audio (Chunks)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>ElevenLabs cost (credits)</source>
        <translation>ElevenLabs-Kosten (Credits)</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>unterschiedlich</translation>
    </message>
</context>
<context>
    <name>patchline::ui::ConversationListModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>patchline::ui::ConversationsDialog</name>
    <message>
        <source>&amp;Save audio…</source>
        <translation>Audio &amp;speichern…</translation>
    </message>
    <message>
        <source>Conversations of %1</source>
        <translation>Konversationen von %1</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <source>Conversation record</source>
        <translation>Konversationsdaten</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) (newest first)</source>
        <translation>
            <numerusform>%n Konversation (neueste zuerst)</numerusform>
            <numerusform>%n Konversationen (neueste zuerst)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 s · cost %4</source>
        <translation>%1 · %2 · %3 s · Kosten %4</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source> (interrupted)</source>
        <translation> (unterbrochen)</translation>
    </message>
    <message>
        <source>Save conversation audio</source>
        <translation>Konversations-Audio speichern</translation>
    </message>
    <message>
        <source>Audio (*.mp3 *.wav)</source>
        <translation>Audio (*.mp3 *.wav)</translation>
    </message>
    <message>
        <source>Audio saved to %1</source>
        <translation>Audio gespeichert unter %1</translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Konversationen werden geladen…</translation>
    </message>
    <message>
        <source>Downloading the audio of %1…</source>
        <translation>Audio von %1 wird heruntergeladen…</translation>
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
        <translation>+14155551212</translation>
    </message>
    <message>
        <source>Loading the account&apos;s numbers…</source>
        <translation>Nummern des Kontos werden geladen…</translation>
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
        <translation>Dynamische Variablen für die {{Platzhalter}} des Agenten; Namen mit dem Präfix override_ überschreiben erste Nachricht, Prompt, Sprache oder Stimme des Agenten</translation>
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
        <translation>Keine Voice-fähigen Nummern im Konto</translation>
    </message>
    <message>
        <source>%1 is a trial account: Twilio strips &lt;Stream&gt; from TwiML on trial accounts, so the agent will not be connected, and only verified numbers can be called.</source>
        <translation>%1 ist ein Testkonto: Twilio entfernt bei Testkonten &lt;Stream&gt; aus dem TwiML, daher wird der Agent nicht verbunden, und es können nur verifizierte Nummern angerufen werden.</translation>
    </message>
    <message>
        <source>will dial %1</source>
        <translation>wählt %1</translation>
    </message>
    <message>
        <source>choose the caller ID (From) among the account&apos;s numbers</source>
        <translation>wählen Sie die Anrufer-ID (From) aus den Nummern des Kontos</translation>
    </message>
    <message>
        <source>choose the agent that answers</source>
        <translation>wählen Sie den Agenten, der den Anruf übernimmt</translation>
    </message>
    <message>
        <source>agent %1 needs the dynamic variable(s) %2; add them below, or ElevenLabs will refuse the call</source>
        <translation>Agent %1 benötigt die dynamische(n) Variable(n) %2; fügen Sie sie unten hinzu, sonst lehnt ElevenLabs den Anruf ab</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;This call would fail:&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;Dieser Anruf würde fehlschlagen:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Call anyway</source>
        <translation>Trotzdem anrufen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checking this call before dialling…</source>
        <translation>Anruf wird vor dem Wählen geprüft…</translation>
    </message>
    <message>
        <source>Detect answering machines (Twilio AMD; shows who answered)</source>
        <translation>Anrufbeantworter erkennen (Twilio AMD; zeigt, wer angenommen hat)</translation>
    </message>
    <message>
        <source>MachineDetection=Enable: Twilio listens for a few seconds after the answer and reports human or machine before the agent starts</source>
        <translation>MachineDetection=Enable: Twilio hört nach dem Annehmen einige Sekunden zu und meldet Mensch oder Maschine, bevor der Agent beginnt</translation>
    </message>
    <message>
        <source>will dial %1 · %2 · %3</source>
        <translation>wählt %1 · %2 · %3</translation>
    </message>
    <message>
        <source> · premium rate: the call costs extra</source>
        <translation> · Mehrwertdienst: der Anruf kostet extra</translation>
    </message>
    <message>
        <source> (not a real number: fine for the sandbox)</source>
        <translation> (keine echte Nummer: für die Sandbox in Ordnung)</translation>
    </message>
    <message>
        <source>%1 is not a dialable number in any numbering plan; check the country code and the digits</source>
        <translation>%1 ist in keinem Nummernplan eine wählbare Nummer; prüfen Sie Ländervorwahl und Ziffern</translation>
    </message>
    <message>
        <source>%1 is not a valid number in %2; check the digits</source>
        <translation>%1 ist keine gültige Nummer in %2; prüfen Sie die Ziffern</translation>
    </message>
    <message>
        <source>Type the number to call in international form, e.g. +14155551212.</source>
        <translation>Geben Sie die Nummer in internationaler Form ein, z. B. +14155551212.</translation>
    </message>
</context>
<context>
    <name>patchline::ui::HistoryModel</name>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>live</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
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
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <source>Matching line</source>
        <translation>Passende Zeile</translation>
    </message>
    <message>
        <source>ElevenLabs cost</source>
        <translation>ElevenLabs-Kosten</translation>
    </message>
</context>
<context>
    <name>patchline::ui::HistoryWindow</name>
    <message>
        <source>With &amp;alarms</source>
        <translation>Mit &amp;Alarmen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Patchline — call history</source>
        <translation>Patchline – Anrufverlauf</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Alle Richtungen</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Ended normally</source>
        <translation>Normal beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted (Patchline stopped)</source>
        <translation>Unterbrochen (Patchline beendet)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Search transcripts (Ctrl+F)</source>
        <translation>Transkripte durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search transcripts</source>
        <translation>Transkripte durchsuchen</translation>
    </message>
    <message>
        <source>Select two calls to compare them (Ctrl+Shift+C)</source>
        <translation>Zwei Anrufe auswählen, um sie zu vergleichen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Recorded calls</source>
        <translation>Aufgezeichnete Anrufe</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) · query %1 ms</source>
        <translation>
            <numerusform>%n Anruf · Abfrage %1 ms</numerusform>
            <numerusform>%n Anrufe · Abfrage %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot compare: call %1 is no longer in the call log</source>
        <translation>Vergleich nicht möglich: Anruf %1 ist nicht mehr im Anrufprotokoll</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Add to s&amp;uite…</source>
        <translation>Zu Test&amp;suite hinzufügen…</translation>
    </message>
    <message>
        <source>Make the selected calls cases of a regression suite: replayed to an agent later and judged against these originals (Ctrl+Shift+A)</source>
        <translation>Die ausgewählten Anrufe zu Testfällen einer Testsuite machen: später erneut an einen Agenten abgespielt und anhand dieser Originale bewertet (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Add to suite</source>
        <translation>Zu Testsuite hinzufügen</translation>
    </message>
    <message>
        <source>Suite (pick one, or type a name for a new suite):</source>
        <translation>Testsuite (eine auswählen oder einen Namen für eine neue eingeben):</translation>
    </message>
    <message>
        <source>Not added to suite “%1”: %2</source>
        <translation>Nicht zu Testsuite „%1“ hinzugefügt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) added to suite “%1” (Call → Regression suites, Ctrl+Shift+S)</source>
        <translation>
            <numerusform>%n Anruf zu Testsuite „%1“ hinzugefügt (Anruf → Regressionstests, Strg+Umschalt+S)</numerusform>
            <numerusform>%n Anrufe zu Testsuite „%1“ hinzugefügt (Anruf → Regressionstests, Strg+Umschalt+S)</numerusform>
        </translation>
    </message>
    <message>
        <source>; not added: %1</source>
        <translation>; nicht hinzugefügt: %1</translation>
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
        <source>&amp;New call…</source>
        <translation>&amp;Neuer Anruf…</translation>
    </message>
    <message>
        <source>Place an outbound test call through Twilio (Ctrl+N)</source>
        <translation>Einen ausgehenden Testanruf über Twilio starten (Strg+N)</translation>
    </message>
    <message>
        <source>calling: %1</source>
        <translation>Anruf wird aufgebaut: %1</translation>
    </message>
    <message>
        <source>call not placed: %1</source>
        <translation>Anruf nicht aufgebaut: %1</translation>
    </message>
    <message>
        <source>Call not placed</source>
        <translation>Anruf nicht aufgebaut</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Accounts, server, recording, alarms (Ctrl+,)</source>
        <translation>Konten, Server, Aufzeichnung, Alarme (Strg+,)</translation>
    </message>
    <message>
        <source>&amp;Pre-flight check</source>
        <translation>&amp;Vorabprüfung</translation>
    </message>
    <message>
        <source>Check everything a real call needs (Ctrl+Shift+P)</source>
        <translation>Alles prüfen, was ein echter Anruf braucht (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Open the pre-flight check (Ctrl+Shift+P)</source>
        <translation>Vorabprüfung öffnen (Strg+Umschalt+P)</translation>
    </message>
    <message numerus="yes">
        <source>✗ Pre-flight: %n problem(s)</source>
        <translation>
            <numerusform>✗ Vorabprüfung: %n Problem</numerusform>
            <numerusform>✗ Vorabprüfung: %n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>! Pre-flight: %n warning(s)</source>
        <translation>
            <numerusform>! Vorabprüfung: %n Warnung</numerusform>
            <numerusform>! Vorabprüfung: %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Pre-flight: ready</source>
        <translation>✓ Vorabprüfung: bereit</translation>
    </message>
    <message>
        <source>Pre-flight: checking…</source>
        <translation>Vorabprüfung: wird geprüft…</translation>
    </message>
    <message>
        <source>the bridge did not start: %1</source>
        <translation>die Brücke wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Bridge not started</source>
        <translation>Brücke nicht gestartet</translation>
    </message>
    <message>
        <source>%1

Change the port or bind address in Settings → Server.</source>
        <translation>%1

Ändern Sie Port oder Bind-Adresse unter Einstellungen → Server.</translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation>Secrets: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n Twilio request(s) refused (signature)</source>
        <translation>
            <numerusform>⚠ %n Twilio-Anfrage abgewiesen (Signatur)</numerusform>
            <numerusform>⚠ %n Twilio-Anfragen abgewiesen (Signatur)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last: %1 — %2
Usually the public URL differs from the one Twilio calls. Click to open Settings → Server.</source>
        <translation>Zuletzt: %1 — %2
Meist weicht die öffentliche URL von der ab, die Twilio aufruft. Klicken öffnet Einstellungen → Server.</translation>
    </message>
    <message>
        <source>&amp;Test agent</source>
        <translation>Agent &amp;testen</translation>
    </message>
    <message>
        <source>Talk to the default agent with your microphone and speakers, no phone needed (Ctrl+T); End call hangs up</source>
        <translation>Mit dem Standard-Agenten über Mikrofon und Lautsprecher sprechen, ohne Telefon (Strg+T); „Anruf beenden“ legt auf</translation>
    </message>
    <message>
        <source>Test agent: talking to the agent on call %1</source>
        <translation>Agent-Test: Gespräch mit dem Agenten in Anruf %1</translation>
    </message>
    <message>
        <source>Test agent not started: %1</source>
        <translation>Agent-Test nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Cannot test the agent</source>
        <translation>Agent kann nicht getestet werden</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>Recorded calls: search, replay, export, compare (Ctrl+H); opens at the selected call</source>
        <translation>Aufgezeichnete Anrufe: suchen, abspielen, exportieren, vergleichen (Strg+H); öffnet sich beim ausgewählten Anruf</translation>
    </message>
    <message>
        <source>&amp;Listen in</source>
        <translation>&amp;Mithören</translation>
    </message>
    <message>
        <source>Play the selected call on your speakers (Ctrl+L); speakers are chosen in Settings → Audio</source>
        <translation>Den ausgewählten Anruf über Ihre Lautsprecher abspielen (Strg+L); die Lautsprecher wählen Sie unter Einstellungen → Audio</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Caller only</source>
        <translation>Nur Anrufer</translation>
    </message>
    <message>
        <source>Agent only</source>
        <translation>Nur Agent</translation>
    </message>
    <message>
        <source>Listen to</source>
        <translation>Mithören</translation>
    </message>
    <message>
        <source>Listen-in volume</source>
        <translation>Lautstärke beim Mithören</translation>
    </message>
    <message>
        <source>listen-in: %1</source>
        <translation>Mithören: %1</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Lautstärke:</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation>&amp;Wand</translation>
    </message>
    <message>
        <source>All live calls at a glance; click one to open it (Ctrl+Shift+W)</source>
        <translation>Alle laufenden Anrufe auf einen Blick; einen anklicken, um ihn zu öffnen (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>Wire inspector</source>
        <translation>Nachrichteninspektor</translation>
    </message>
    <message>
        <source>Hang up the selected call (Ctrl+E; Del in the list asks first)</source>
        <translation>Den ausgewählten Anruf auflegen (Strg+E; Entf in der Liste fragt vorher nach)</translation>
    </message>
    <message>
        <source>&amp;Mute agent</source>
        <translation>Agent st&amp;umm</translation>
    </message>
    <message>
        <source>The caller stops hearing the agent of the selected call; the agent keeps listening (Ctrl+M again to unmute)</source>
        <translation>Der Anrufer hört den Agenten des ausgewählten Anrufs nicht mehr; der Agent hört weiter zu (erneut Strg+M hebt die Stummschaltung auf)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Agent muted: the caller hears silence</source>
        <translation>Agent stummgeschaltet: der Anrufer hört Stille</translation>
    </message>
    <message numerus="yes">
        <source>%n live call(s) · bridge CPU %1%</source>
        <translation>
            <numerusform>%n laufender Anruf · Bridge-CPU %1%</numerusform>
            <numerusform>%n laufende Anrufe · Bridge-CPU %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>End call?</source>
        <translation>Anruf beenden?</translation>
    </message>
    <message>
        <source>Hang up %1 (%2 → %3)? The caller is disconnected.</source>
        <translation>%1 (%2 → %3) auflegen? Die Verbindung zum Anrufer wird getrennt.</translation>
    </message>
    <message>
        <source>Replay of %1 to its agent: call %2</source>
        <translation>Wiederholung von %1 an seinen Agenten: Anruf %2</translation>
    </message>
    <message>
        <source>Replay of %1 not started: %2</source>
        <translation>Wiederholung von %1 nicht gestartet: %2</translation>
    </message>
    <message>
        <source>Cannot replay the call</source>
        <translation>Anruf kann nicht wiederholt werden</translation>
    </message>
    <message>
        <source>Sandbox mode: calls go through the real bridge to a simulated carrier and agent on this computer; no accounts are needed.</source>
        <translation>Sandbox-Modus: Anrufe laufen durch die echte Bridge zu einem simulierten Netzbetreiber und Agenten auf diesem Rechner; Konten sind nicht nötig.</translation>
    </message>
    <message>
        <source>Hide this note (the window title still says sandbox)</source>
        <translation>Hinweis ausblenden (der Fenstertitel nennt weiterhin die Sandbox)</translation>
    </message>
    <message>
        <source>Hide the sandbox note</source>
        <translation>Sandbox-Hinweis ausblenden</translation>
    </message>
    <message>
        <source>What the caller and the agent say appears here while a call runs.</source>
        <translation>Was Anrufer und Agent sagen, erscheint hier, während ein Anruf läuft.</translation>
    </message>
    <message>
        <source>Calls, alarms and errors are logged here as they happen.</source>
        <translation>Anrufe, Alarme und Fehler werden hier protokolliert, sobald sie geschehen.</translation>
    </message>
    <message>
        <source>Alarms of the selected call</source>
        <translation>Alarme des ausgewählten Anrufs</translation>
    </message>
    <message>
        <source>No alarms on this call.</source>
        <translation>Keine Alarme bei diesem Anruf.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Anruf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>The README was not found next to the program. It is in the source tree and in /usr/share/doc/patchline when installed as a package.</source>
        <translation>Die README wurde neben dem Programm nicht gefunden. Sie liegt im Quellbaum und, als Paket installiert, in /usr/share/doc/patchline.</translation>
    </message>
    <message>
        <source>&amp;About Patchline</source>
        <translation>Über &amp;Patchline</translation>
    </message>
    <message>
        <source>About Patchline</source>
        <translation>Über Patchline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Patchline %1&lt;/h3&gt;&lt;p&gt;An operator console for AI phone agents: Twilio calls bridged to ElevenLabs Conversational AI agents, watched live, recorded and reviewed.&lt;/p&gt;&lt;p&gt;Qt %2 · speexdsp · libsndfile · QtKeychain · SQLite&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Patchline %1&lt;/h3&gt;&lt;p&gt;Eine Operator-Konsole für KI-Telefonagenten: Twilio-Anrufe, verbunden mit ElevenLabs-Conversational-AI-Agenten, live beobachtet, aufgezeichnet und ausgewertet.&lt;/p&gt;&lt;p&gt;Qt %2 · speexdsp · libsndfile · QtKeychain · SQLite&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Listen in to the selected call</source>
        <translation>Beim ausgewählten Anruf mithören</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>End the selected call (asks first; in the calls list)</source>
        <translation>Ausgewählten Anruf beenden (mit Rückfrage; in der Anrufliste)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the selected call (in the calls list)</source>
        <translation>Ausgewählten Anruf öffnen (in der Anrufliste)</translation>
    </message>
    <message>
        <source>Space, ←, →</source>
        <translation>Leertaste, ←, →</translation>
    </message>
    <message>
        <source>History: play / pause, back / forward 5 s</source>
        <translation>Verlauf: Wiedergabe / Pause, 5 s zurück / vor</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Select a call to see its alarms.</source>
        <translation>Wählen Sie einen Anruf, um seine Alarme zu sehen.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:gray&apos;&gt;No calls yet. %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:gray&apos;&gt;Noch keine Anrufe. %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Ctrl+D&lt;/b&gt; to dial a sandbox call.</source>
        <translation>Drücken Sie &lt;b&gt;Strg+D&lt;/b&gt;, um einen Sandbox-Anruf zu wählen.</translation>
    </message>
    <message>
        <source>Calls appear here when Twilio sends one, or press &lt;b&gt;Ctrl+N&lt;/b&gt; to place a test call.</source>
        <translation>Anrufe erscheinen hier, sobald Twilio einen schickt, oder drücken Sie &lt;b&gt;Strg+N&lt;/b&gt; für einen Testanruf.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:gray&apos;&gt;Select a call in the list.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:gray&apos;&gt;Wählen Sie einen Anruf in der Liste.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 → %2&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %3 &amp;nbsp; &lt;span style=&apos;color:white; background:%4&apos;&gt;&amp;nbsp;%5&amp;nbsp;&lt;/span&gt; %6</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 → %2&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %3 &amp;nbsp; &lt;span style=&apos;color:white; background:%4&apos;&gt;&amp;nbsp;%5&amp;nbsp;&lt;/span&gt; %6</translation>
    </message>
    <message>
        <source>Twilio: %1</source>
        <translation>Twilio: %1</translation>
    </message>
    <message>
        <source>price %1</source>
        <translation>Preis %1</translation>
    </message>
    <message>
        <source>last turn %1</source>
        <translation>letzter Wechsel %1</translation>
    </message>
    <message>
        <source>barge-ins %1</source>
        <translation>Barge-ins %1</translation>
    </message>
    <message>
        <source>%1 (+%2 more, see Alarms)</source>
        <translation>%1 (+%2 weitere, siehe Alarme)</translation>
    </message>
    <message>
        <source>No calls yet. Ctrl+D dials a sandbox call.</source>
        <translation>Noch keine Anrufe. Strg+D wählt einen Sandbox-Anruf.</translation>
    </message>
    <message>
        <source>No calls yet. Calls appear here when Twilio sends one; Ctrl+N places a test call.</source>
        <translation>Noch keine Anrufe. Anrufe erscheinen hier, sobald Twilio einen schickt; Strg+N startet einen Testanruf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; a simulated carrier and agent on this computer. &lt;b&gt;Ctrl+D&lt;/b&gt; dials a call.</source>
        <translation>&lt;b&gt;Sandbox:&lt;/b&gt; simulierter Netzbetreiber und Agent auf diesem Rechner. &lt;b&gt;Strg+D&lt;/b&gt; wählt.</translation>
    </message>
    <message>
        <source>Connect accounts…</source>
        <translation>Konten verbinden…</translation>
    </message>
    <message>
        <source>Enter your Twilio and ElevenLabs accounts to take real calls</source>
        <translation>Twilio- und ElevenLabs-Konten eintragen, um echte Anrufe anzunehmen</translation>
    </message>
    <message>
        <source>New &amp;campaign…</source>
        <translation>Neue &amp;Kampagne…</translation>
    </message>
    <message>
        <source>Dial a list of numbers from a CSV file, with retries (Ctrl+Shift+N)</source>
        <translation>Eine Liste von Nummern aus einer CSV-Datei wählen, mit Wiederholungen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>A campaign is running</source>
        <translation>Eine Kampagne läuft</translation>
    </message>
    <message>
        <source>“%1” is still running. Cancel it, or wait until it has finished, before starting another one.</source>
        <translation>„%1“ läuft noch. Brechen Sie sie ab oder warten Sie, bis sie beendet ist, bevor Sie eine weitere starten.</translation>
    </message>
    <message>
        <source>campaign: %1</source>
        <translation>Kampagne: %1</translation>
    </message>
    <message>
        <source>Campaign not started</source>
        <translation>Kampagne nicht gestartet</translation>
    </message>
    <message>
        <source>Resume campaign?</source>
        <translation>Kampagne fortsetzen?</translation>
    </message>
    <message>
        <source>The campaign “%1” (started %2) did not finish when Patchline last ran. Resuming repeats no attempt: finished rows stay finished, rows waiting for a retry get it when it is due.</source>
        <translation>Die Kampagne „%1“ (gestartet %2) wurde beim letzten Lauf von Patchline nicht beendet. Fortsetzen wiederholt keinen Versuch: abgeschlossene Zeilen bleiben abgeschlossen, wartende Wiederholungen folgen, wenn sie fällig sind.</translation>
    </message>
    <message>
        <source>Regression &amp;suites…</source>
        <translation>&amp;Regressionstests…</translation>
    </message>
    <message>
        <source>Replay recorded calls to an agent and judge them against the originals (Ctrl+Shift+S)</source>
        <translation>Aufgezeichnete Anrufe erneut an einen Agenten abspielen und anhand der Originale bewerten (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Open &amp;earlier campaign…</source>
        <translation>&amp;Frühere Kampagne öffnen…</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Noch keine Kampagnen</translation>
    </message>
    <message>
        <source>No campaign has run here yet: Call → New campaign… (Ctrl+Shift+N) starts one.</source>
        <translation>Hier lief noch keine Kampagne: Anruf → Neue Kampagne… (Strg+Umschalt+N) startet eine.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Open earlier campaign</source>
        <translation>Frühere Kampagne öffnen</translation>
    </message>
    <message>
        <source>Campaign (newest first):</source>
        <translation>Kampagne (neueste zuerst):</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>“%1” is still running. Cancel it, or wait until it has finished, before opening another one.</source>
        <translation>„%1“ läuft noch. Brechen Sie sie ab oder warten Sie, bis sie beendet ist, bevor Sie eine andere öffnen.</translation>
    </message>
    <message>
        <source>“%1” is %2. Opening it resumes it: finished rows stay finished, rows not yet dialled are dialled, rows waiting for a retry get it when it is due.</source>
        <translation>„%1“ ist %2. Öffnen setzt sie fort: fertige Zeilen bleiben fertig, noch nicht gewählte Zeilen werden gewählt, Zeilen, die auf einen erneuten Versuch warten, bekommen ihn, wenn er fällig ist.</translation>
    </message>
    <message>
        <source>%1

Check the call database in Settings → Database (empty = the local file).</source>
        <translation>%1

Prüfen Sie die Anrufdatenbank unter Einstellungen → Datenbank (leer = die lokale Datei).</translation>
    </message>
    <message>
        <source>Connect to &amp;cluster…</source>
        <translation>Mit &amp;Cluster verbinden…</translation>
    </message>
    <message>
        <source>Share the call database with headless nodes and watch their live calls</source>
        <translation>Die Anrufdatenbank mit Headless-Knoten teilen und deren laufende Anrufe beobachten</translation>
    </message>
</context>
<context>
    <name>patchline::ui::MetricsPane</name>
    <message>
        <source>Call metrics</source>
        <translation>Kennzahlen des Anrufs</translation>
    </message>
    <message>
        <source>Select a call to see its latency, barge-ins, audio and pacing figures.</source>
        <translation>Wählen Sie einen Anruf, um Latenz, Barge-ins, Audio- und Taktungswerte zu sehen.</translation>
    </message>
</context>
<context>
    <name>patchline::ui::OverviewWidget</name>
    <message>
        <source>Call waveform: click to seek</source>
        <translation>Wellenform des Anrufs: klicken, um zur Stelle zu springen</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Keine Aufzeichnung</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>barge-in</source>
        <translation>Barge-in</translation>
    </message>
</context>
<context>
    <name>patchline::ui::PreflightModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2
→ %3</source>
        <translation>%1: %2
→ %3</translation>
    </message>
</context>
<context>
    <name>patchline::ui::ReviewPane</name>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Wiedergabe / Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Caller only</source>
        <translation>Nur Anrufer</translation>
    </message>
    <message>
        <source>Agent only</source>
        <translation>Nur Agent</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Recording (WAV)…</source>
        <translation>Aufzeichnung (WAV)…</translation>
    </message>
    <message>
        <source>Transcript (text or JSON)…</source>
        <translation>Transkript (Text oder JSON)…</translation>
    </message>
    <message>
        <source>Incident bundle (zip)…</source>
        <translation>Incident-Paket (zip)…</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Transcript: click a line to play from there</source>
        <translation>Transkript: Zeile anklicken, um ab dort abzuspielen</translation>
    </message>
    <message>
        <source>Cannot play the recording: %1</source>
        <translation>Aufzeichnung kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;not recorded&lt;/i&gt;</source>
        <translation>&lt;i&gt;nicht aufgezeichnet&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(deleted)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(gelöscht)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt; · %3&lt;br/&gt;agent %4 · started %5 · %6&lt;br/&gt;%7: %8&lt;br/&gt;Twilio price: %9&lt;br/&gt;recording: %10</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt; · %3&lt;br/&gt;Agent %4 · gestartet %5 · %6&lt;br/&gt;%7: %8&lt;br/&gt;Twilio-Preis: %9&lt;br/&gt;Aufzeichnung: %10</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>&lt;br/&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>&lt;br/&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source> (converted)</source>
        <translation> (konvertiert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;ElevenLabs&lt;/b&gt;&lt;br/&gt;&lt;i&gt;no conversation&lt;/i&gt;</source>
        <translation>&lt;b&gt;ElevenLabs&lt;/b&gt;&lt;br/&gt;&lt;i&gt;keine Konversation&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;ElevenLabs&lt;/b&gt; %1&lt;br/&gt;&lt;i&gt;no post-call data received (set the post-call webhook in the ElevenLabs agent to &lt;code&gt;/elevenlabs/post-call&lt;/code&gt;)&lt;/i&gt;</source>
        <translation>&lt;b&gt;ElevenLabs&lt;/b&gt; %1&lt;br/&gt;&lt;i&gt;keine Post-Call-Daten empfangen (setzen Sie den Post-Call-Webhook im ElevenLabs-Agenten auf &lt;code&gt;/elevenlabs/post-call&lt;/code&gt;)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;ElevenLabs&lt;/b&gt; %1&lt;br/&gt;outcome: &lt;b&gt;%2&lt;/b&gt; · %3 s · cost %4&lt;br/&gt;</source>
        <translation>&lt;b&gt;ElevenLabs&lt;/b&gt; %1&lt;br/&gt;Ergebnis: &lt;b&gt;%2&lt;/b&gt; · %3 s · Kosten %4&lt;br/&gt;</translation>
    </message>
    <message>
        <source>ended: %1&lt;br/&gt;</source>
        <translation>beendet: %1&lt;br/&gt;</translation>
    </message>
    <message>
        <source>summary: %1&lt;br/&gt;</source>
        <translation>Zusammenfassung: %1&lt;br/&gt;</translation>
    </message>
    <message>
        <source>%1 = %2&lt;br/&gt;</source>
        <translation>%1 = %2&lt;br/&gt;</translation>
    </message>
    <message>
        <source>%1: %2&lt;br/&gt;</source>
        <translation>%1: %2&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Cannot play one side: %1</source>
        <translation>Eine Seite kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>Export recording</source>
        <translation>Aufzeichnung exportieren</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Transkript exportieren</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Text (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export incident bundle</source>
        <translation>Incident-Paket exportieren</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the call has no recording to export (%1)</source>
        <translation>der Anruf hat keine Aufzeichnung zum Exportieren (%1)</translation>
    </message>
    <message>
        <source>&amp;Replay to agent</source>
        <translation>An Agenten &amp;wiederholen</translation>
    </message>
    <message>
        <source>Play this call&apos;s caller side to its agent again through the bridge, with no phone (Ctrl+Shift+R); the new call is compared with this one when it ends</source>
        <translation>Die Anruferseite dieses Anrufs über die Bridge erneut an seinen Agenten abspielen, ohne Telefon (Strg+Umschalt+R); der neue Anruf wird nach seinem Ende mit diesem verglichen</translation>
    </message>
    <message>
        <source>✓ Exported to %1 &amp;nbsp; &lt;a href=&quot;%2&quot;&gt;Open folder&lt;/a&gt;</source>
        <translation>✓ Exportiert nach %1 &amp;nbsp; &lt;a href=&quot;%2&quot;&gt;Ordner öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>✗ Not exported: %1</source>
        <translation>✗ Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>Nach %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1

Choose a folder you can write to and export again.</source>
        <translation>%1

Wählen Sie einen Ordner, in den Sie schreiben dürfen, und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No call selected. Pick one in the list above.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kein Anruf ausgewählt. Wählen Sie einen in der Liste oben.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Figures&lt;/b&gt;&lt;br/&gt;turns %1 · latency p50 %2, p90 %3&lt;br/&gt;barge-ins %4 · last time-to-yield %5&lt;br/&gt;alarms: %6&lt;br/&gt;jitter p99 %7&lt;br/&gt;formats %8%9</source>
        <translation>&lt;b&gt;Kennzahlen&lt;/b&gt;&lt;br/&gt;Sprecherwechsel %1 · Latenz p50 %2, p90 %3&lt;br/&gt;Barge-ins %4 · letzte Zeit bis zum Verstummen %5&lt;br/&gt;Alarme: %6&lt;br/&gt;Jitter p99 %7&lt;br/&gt;Formate %8%9</translation>
    </message>
    <message>
        <source>fetching from node %1…</source>
        <translation>wird von Knoten %1 geholt…</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(%2)&lt;/i&gt;</source>
        <translation>%1 &lt;i&gt;(%2)&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>patchline::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>optional, SK…</source>
        <translation>optional, SK…</translation>
    </message>
    <message>
        <source>Default From number</source>
        <translation>Standard-Absendernummer</translation>
    </message>
    <message>
        <source>press Test to list the account&apos;s numbers</source>
        <translation>klicken Sie auf Testen, um die Nummern des Kontos aufzulisten</translation>
    </message>
    <message>
        <source>Default From number:</source>
        <translation>Standard-Absendernummer:</translation>
    </message>
    <message>
        <source>Number (E.164)</source>
        <translation>Nummer (E.164)</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Agent-ID</translation>
    </message>
    <message>
        <source>Inbound number to agent</source>
        <translation>Eingehende Nummer zu Agent</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Nummer hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Inbound calls:</source>
        <translation>Eingehende Anrufe:</translation>
    </message>
    <message>
        <source>ElevenLabs</source>
        <translation>ElevenLabs</translation>
    </message>
    <message>
        <source>ElevenLabs API region</source>
        <translation>ElevenLabs-API-Region</translation>
    </message>
    <message>
        <source>API region:</source>
        <translation>API-Region:</translation>
    </message>
    <message>
        <source>Default agent</source>
        <translation>Standard-Agent</translation>
    </message>
    <message>
        <source>(none: press Test to list the agents)</source>
        <translation>(keiner: klicken Sie auf Testen, um die Agenten aufzulisten)</translation>
    </message>
    <message>
        <source>Default agent:</source>
        <translation>Standard-Agent:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>https://… (your tunnel; press Test to detect ngrok)</source>
        <translation>https://… (Ihr Tunnel; klicken Sie auf Testen, um ngrok zu erkennen)</translation>
    </message>
    <message>
        <source>Convert audio when the agent does not use μ-law 8 kHz</source>
        <translation>Audio konvertieren, wenn der Agent nicht μ-law 8 kHz verwendet</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Record every call (stereo WAV: caller left, agent right)</source>
        <translation>Jeden Anruf aufzeichnen (Stereo-WAV: Anrufer links, Agent rechts)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Aufzeichnungsordner</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep recordings</source>
        <translation>Aufzeichnungen behalten</translation>
    </message>
    <message>
        <source>Keep recordings:</source>
        <translation>Aufzeichnungen behalten:</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Checks everything a real call needs, with these settings (saved or not).</source>
        <translation>Prüft alles, was ein echter Anruf braucht, mit diesen Einstellungen (gespeichert oder nicht).</translation>
    </message>
    <message>
        <source>Pre-flight results</source>
        <translation>Ergebnisse der Vorabprüfung</translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Go to setting</source>
        <translation>&amp;Zur Einstellung</translation>
    </message>
    <message>
        <source>&amp;Apply suggestion</source>
        <translation>&amp;Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <translation>&amp;Sandbox verwenden</translation>
    </message>
    <message>
        <source>Restart the bridge with the simulated carrier and agent</source>
        <translation>Die Brücke mit simuliertem Carrier und Agenten neu starten</translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation>gesetzt durch %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Call the real service with the values above (saved or not)</source>
        <translation>Den echten Dienst mit den obigen Werten aufrufen (gespeichert oder nicht)</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;%n problem(s) would stop a real call.&lt;/b&gt; Select a line and press Go to setting (or Enter).</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b3261e&apos;&gt;%n Problem würde einen echten Anruf verhindern.&lt;/b&gt; Wählen Sie eine Zeile und klicken Sie auf Zur Einstellung (oder drücken Sie die Eingabetaste).</numerusform>
            <numerusform>&lt;b style=&apos;color:#b3261e&apos;&gt;%n Probleme würden einen echten Anruf verhindern.&lt;/b&gt; Wählen Sie eine Zeile und klicken Sie auf Zur Einstellung (oder drücken Sie die Eingabetaste).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Ready, with %n warning(s).&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Bereit, mit %n Warnung.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Bereit, mit %n Warnungen.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Ready: every check passed.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;Bereit: alle Prüfungen bestanden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Store in a private file</source>
        <translation>In privater Datei speichern</translation>
    </message>
    <message>
        <source>A private file is readable only by your user account, but it is not encrypted.</source>
        <translation>Eine private Datei ist nur für Ihr Benutzerkonto lesbar, aber nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 / %4</source>
        <translation>%1 (%2) · %3 / %4</translation>
    </message>
    <message>
        <source>⚠ %1 (%2) · not telephony-ready</source>
        <translation>⚠ %1 (%2) · nicht telefonietauglich</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>&amp;Look for devices again</source>
        <translation>Geräte &amp;erneut suchen</translation>
    </message>
    <message>
        <source>Qt 6.4 does not notice devices plugged in while it runs</source>
        <translation>Qt 6.4 erkennt keine Geräte, die während der Laufzeit angeschlossen werden</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No %1 found.&lt;/b&gt; Test agent needs a microphone and speakers (or a headset); phone calls do not. Check that the sound server (PulseAudio or PipeWire) runs, connect a device, then press &quot;Look for devices again&quot;.</source>
        <translation>&lt;b&gt;%1 nicht gefunden.&lt;/b&gt; „Agent testen“ benötigt Mikrofon und Lautsprecher (oder ein Headset), Telefonanrufe nicht. Prüfen Sie, ob der Soundserver (PulseAudio oder PipeWire) läuft, schließen Sie ein Gerät an und klicken Sie dann auf „Geräte erneut suchen“.</translation>
    </message>
    <message>
        <source>audio devices</source>
        <translation>Audiogeräte</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>Used by Test agent (talk to the agent without a phone). Devices are remembered by id; a missing one falls back to the system default.</source>
        <translation>Wird von „Agent testen“ verwendet (mit dem Agenten ohne Telefon sprechen). Geräte werden anhand ihrer ID gespeichert; fehlt eines, wird der Systemstandard verwendet.</translation>
    </message>
    <message>
        <source>Delete old recordings?</source>
        <translation>Alte Aufzeichnungen löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Recordings of calls that ended more than %n day(s) ago will be deleted when the bridge starts (now, if you restart it). The calls, their transcripts and figures stay in the history.</source>
        <translation>
            <numerusform>Aufzeichnungen von Anrufen, die vor mehr als %n Tag endeten, werden beim Start der Brücke gelöscht (sofort, wenn Sie sie neu starten). Die Anrufe, ihre Transkripte und Kennzahlen bleiben im Verlauf.</numerusform>
            <numerusform>Aufzeichnungen von Anrufen, die vor mehr als %n Tagen endeten, werden beim Start der Brücke gelöscht (sofort, wenn Sie sie neu starten). Die Anrufe, ihre Transkripte und Kennzahlen bleiben im Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>einer pro Kern</translation>
    </message>
    <message>
        <source>Bridge threads</source>
        <translation>Bridge-Threads</translation>
    </message>
    <message>
        <source>Each call lives on one bridge thread; more threads spread calls over more cores. Takes effect when the bridge restarts.</source>
        <translation>Jeder Anruf läuft auf einem Bridge-Thread; mehr Threads verteilen die Anrufe auf mehr Kerne. Wirkt, sobald die Bridge neu startet.</translation>
    </message>
    <message>
        <source>Bridge threads:</source>
        <translation>Bridge-Threads:</translation>
    </message>
    <message>
        <source>Accept streams without Patchline&apos;s webhook</source>
        <translation>Streams ohne Patchlines Webhook annehmen</translation>
    </message>
    <message>
        <source>Media streams that did not come through Patchline&apos;s voice webhook, for your own TwiML pointing at Patchline. Such calls get the default agent; their stream parameters cannot choose the agent, prompt or variables.</source>
        <translation>Medienstreams, die nicht über Patchlines Sprach-Webhook kamen, für eigenes TwiML, das auf Patchline zeigt. Solche Anrufe erhalten den Standard-Agent; ihre Stream-Parameter können weder Agent noch Prompt noch Variablen wählen.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %1 (%n secret(s) before it were stored already; the other settings were not).</source>
        <translation>
            <numerusform>Nicht gespeichert: %1 (%n Geheimnis davor wurde bereits gespeichert, die übrigen Einstellungen nicht).</numerusform>
            <numerusform>Nicht gespeichert: %1 (%n Geheimnisse davor wurden bereits gespeichert, die übrigen Einstellungen nicht).</numerusform>
        </translation>
    </message>
    <message>
        <source>This run listens on port %1 (from --port or the sandbox); the port above applies when Patchline starts without --port.</source>
        <translation>Diese Sitzung lauscht auf Port %1 (aus --port oder der Sandbox); der Port oben gilt, wenn Patchline ohne --port startet.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Language and theme apply at the next start.</source>
        <translation>Sprache und Farbschema gelten ab dem nächsten Start.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in progress will be hung up.</source>
        <translation>
            <numerusform>%n laufender Anruf wird aufgelegt.</numerusform>
            <numerusform>%n laufende Anrufe werden aufgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your accounts are set.</source>
        <translation>Ihre Konten sind eingerichtet.</translation>
    </message>
    <message>
        <source>The bridge restarts to apply these settings.</source>
        <translation>Die Bridge startet neu, um diese Einstellungen zu übernehmen.</translation>
    </message>
    <message>
        <source>Leave the sandbox and restart the bridge with them now?</source>
        <translation>Die Sandbox jetzt verlassen und die Bridge mit ihnen neu starten?</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Jetzt neu starten?</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Calls, transcripts, campaigns and suites are kept in a local file (patchline.sqlite in the data folder). A team shares one PostgreSQL database instead: several headless nodes and consoles then see one history. Takes effect when the bridge restarts.</source>
        <translation>Anrufe, Transkripte, Kampagnen und Testsuiten liegen in einer lokalen Datei (patchline.sqlite im Datenordner). Ein Team teilt sich stattdessen eine PostgreSQL-Datenbank: mehrere Headless-Knoten und Konsolen sehen dann einen gemeinsamen Verlauf. Wirkt, wenn die Brücke neu startet.</translation>
    </message>
    <message>
        <source>empty: the local file; postgresql://user@host/db</source>
        <translation>leer: die lokale Datei; postgresql://benutzer@host/db</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Derzeit verwendet: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Not open: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Waiting for the database: %1 cannot be reached; calls go on and their records wait in memory</source>
        <translation>Warten auf die Datenbank: %1 ist nicht erreichbar; Anrufe laufen weiter und ihre Daten warten im Speicher</translation>
    </message>
    <message>
        <source>With a shared PostgreSQL database and the same monitor token on every node, this console also shows the live calls of the other nodes (end, mute and listen-in work on them) and plays their recordings. Nodes ask consoles for this token on /monitor and /recordings; empty turns both off.</source>
        <translation>Mit einer gemeinsamen PostgreSQL-Datenbank und demselben Monitor-Token auf jedem Knoten zeigt diese Konsole auch die laufenden Anrufe der anderen Knoten (Beenden, Stummschalten und Mithören funktionieren dort) und spielt ihre Aufzeichnungen ab. Knoten verlangen dieses Token auf /monitor und /recordings; leer schaltet beides ab.</translation>
    </message>
    <message numerus="yes">
        <source>Watching the live calls of %n other node(s) now.</source>
        <translation>
            <numerusform>Die laufenden Anrufe von %n anderem Knoten werden beobachtet.</numerusform>
            <numerusform>Die laufenden Anrufe von %n anderen Knoten werden beobachtet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not watching a cluster: that needs a PostgreSQL database and a token.</source>
        <translation>Kein Cluster beobachtet: dafür sind eine PostgreSQL-Datenbank und ein Token nötig.</translation>
    </message>
</context>
<context>
    <name>patchline::ui::SuiteCaseDialog</name>
    <message>
        <source>Case %1: passed</source>
        <translation>Testfall %1: bestanden</translation>
    </message>
    <message>
        <source>Case %1: failed</source>
        <translation>Testfall %1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>The replay %1 (agent %2) kept to every rule.</source>
        <translation>Die Wiederholung %1 (Agent %2) hat alle Regeln eingehalten.</translation>
    </message>
    <message>
        <source>The replay %1 (agent %2) broke these rules:
%3</source>
        <translation>Die Wiederholung %1 (Agent %2) hat diese Regeln verletzt:
%3</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>The agent&apos;s lines, original and replay</source>
        <translation>Äußerungen des Agenten, Original und Wiederholung</translation>
    </message>
    <message>
        <source>&amp;Compare calls</source>
        <translation>Anrufe &amp;vergleichen</translation>
    </message>
    <message>
        <source>Both calls side by side: figures and full transcripts</source>
        <translation>Beide Anrufe nebeneinander: Kennzahlen und vollständige Transkripte</translation>
    </message>
</context>
<context>
    <name>patchline::ui::SuiteChecksModel</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>patchline::ui::SuiteReportModel</name>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>shown only</source>
        <translation>nur angezeigt</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>none that the rules count</source>
        <translation>keine, die nach den Regeln zählen</translation>
    </message>
    <message>
        <source>Case (original call)</source>
        <translation>Testfall (ursprünglicher Anruf)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Replay call</source>
        <translation>Wiederholungsanruf</translation>
    </message>
    <message>
        <source>Same words</source>
        <translation>Gleiche Wörter</translation>
    </message>
</context>
<context>
    <name>patchline::ui::SuitesWindow</name>
    <message>
        <source>&amp;Delete suite…</source>
        <translation>Testsuite lö&amp;schen…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>C&amp;ancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Re&amp;move case</source>
        <translation>Testfall &amp;entfernen</translation>
    </message>
    <message>
        <source>Evaluation criteria that passed must pass again</source>
        <translation>Im Original erfüllte Evaluationskriterien müssen wieder erfüllt sein</translation>
    </message>
    <message>
        <source>Collected data must match</source>
        <translation>Erfasste Daten müssen übereinstimmen</translation>
    </message>
    <message>
        <source>No alarm the original did not raise</source>
        <translation>Kein Alarm, den das Original nicht ausgelöst hat</translation>
    </message>
    <message>
        <source>Turn latency p90 may grow by at most</source>
        <translation>Antwortlatenz p90: Anstieg höchstens</translation>
    </message>
    <message>
        <source>Call length may change by at most</source>
        <translation>Anrufdauer: Änderung höchstens</translation>
    </message>
    <message>
        <source>Extra barge-ins allowed</source>
        <translation>Zusätzliche Unterbrechungen erlaubt</translation>
    </message>
    <message>
        <source>The agent&apos;s words must be the same for at least</source>
        <translation>Gleiche Wörter des Agenten: mindestens</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JUnit XML…</source>
        <translation>&amp;JUnit XML exportieren…</translation>
    </message>
    <message>
        <source>Regression suites</source>
        <translation>Regressionstests</translation>
    </message>
    <message>
        <source>Suites</source>
        <translation>Testsuites</translation>
    </message>
    <message>
        <source>&amp;Suites</source>
        <translation>&amp;Testsuites</translation>
    </message>
    <message>
        <source>Add recorded calls from History: select them, then Add to suite…</source>
        <translation>Aufgezeichnete Anrufe aus dem Verlauf hinzufügen: dort auswählen, dann „Zu Testsuite hinzufügen…“</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Each case&apos;s own agent (the one the recorded call talked to), or one agent for every case: a changed or branch agent</source>
        <translation>Der eigene Agent jedes Testfalls (mit dem der aufgezeichnete Anruf sprach) oder ein Agent für alle Testfälle: ein geänderter Agent oder ein Branch-Agent</translation>
    </message>
    <message>
        <source>Replays at once</source>
        <translation>Gleichzeitige Wiederholungen</translation>
    </message>
    <message>
        <source>How many cases are replayed at the same time</source>
        <translation>Wie viele Testfälle gleichzeitig wiederholt werden</translation>
    </message>
    <message>
        <source>Replay every case to the agent and judge it against its original (Ctrl+R)</source>
        <translation>Jeden Testfall erneut an den Agenten abspielen und anhand seines Originals bewerten (Strg+R)</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>Gleich&amp;zeitig:</translation>
    </message>
    <message>
        <source>Original call</source>
        <translation>Ursprünglicher Anruf</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Testfälle</translation>
    </message>
    <message>
        <source>Take the selected cases out of the suite (Del); the calls stay in History</source>
        <translation>Die ausgewählten Testfälle aus der Testsuite nehmen (Entf); die Anrufe bleiben im Verlauf</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Growth up to this many milliseconds always passes: a few frames of jitter are not a change</source>
        <translation>Ein Anstieg bis zu so vielen Millisekunden besteht immer: ein paar Frames Jitter sind keine Änderung</translation>
    </message>
    <message>
        <source>Off by default: an LLM agent rarely says the same words twice even when nothing changed; the difference is shown either way</source>
        <translation>Standardmäßig aus: ein LLM-Agent sagt selten zweimal dieselben Wörter, auch wenn sich nichts geändert hat; der Unterschied wird in jedem Fall angezeigt</translation>
    </message>
    <message>
        <source>Latency growth that always passes:</source>
        <translation>Stets zulässiger Latenzanstieg:</translation>
    </message>
    <message>
        <source>Rules are saved with the suite as you change them; the next run uses them.</source>
        <translation>Regeln werden bei jeder Änderung mit der Testsuite gespeichert; der nächste Lauf verwendet sie.</translation>
    </message>
    <message>
        <source>Run shown</source>
        <translation>Angezeigter Lauf</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Double-click or Enter: the case compared with its original</source>
        <translation>Doppelklick oder Eingabe: der Testfall im Vergleich mit seinem Original</translation>
    </message>
    <message>
        <source>One self-contained HTML file: verdicts, figures, transcript differences and waveforms</source>
        <translation>Eine eigenständige HTML-Datei: Bewertungen, Kennzahlen, Transkriptunterschiede und Wellenformen</translation>
    </message>
    <message>
        <source>JUnit XML for a CI job</source>
        <translation>JUnit XML für einen CI-Job</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>&amp;Lauf:</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Test&amp;fälle</translation>
    </message>
    <message>
        <source>Ru&amp;les</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Run&amp;s</source>
        <translation>Lä&amp;ufe</translation>
    </message>
    <message>
        <source>Export suite report</source>
        <translation>Bericht der Testsuite exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Export JUnit XML</source>
        <translation>JUnit XML exportieren</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>Suite not run</source>
        <translation>Testsuite nicht ausgeführt</translation>
    </message>
    <message>
        <source>Suite %1: %2</source>
        <translation>Testsuite %1: %2</translation>
    </message>
    <message>
        <source>Each case&apos;s own agent</source>
        <translation>Eigener Agent jedes Testfalls</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1 (%n Testfall)</numerusform>
            <numerusform>%1 (%n Testfälle)</numerusform>
        </translation>
    </message>
    <message>
        <source> · last run: %1 failed</source>
        <translation> · letzter Lauf: %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source> · last run: passed</source>
        <translation> · letzter Lauf: bestanden</translation>
    </message>
    <message>
        <source>No suite yet</source>
        <translation>Noch keine Testsuite</translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation>Regeln gespeichert.</translation>
    </message>
    <message>
        <source>Rules not saved: %1</source>
        <translation>Regeln nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>own agents</source>
        <translation>eigene Agenten</translation>
    </message>
    <message>
        <source>No run yet: Run (Ctrl+R)</source>
        <translation>Noch kein Lauf: Ausführen (Strg+R)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) taken out of the suite</source>
        <translation>
            <numerusform>%n Testfall aus der Testsuite genommen</numerusform>
            <numerusform>%n Testfälle aus der Testsuite genommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not take the cases out; see the log</source>
        <translation>Die Testfälle konnten nicht entfernt werden; siehe Protokoll</translation>
    </message>
    <message>
        <source>Delete suite</source>
        <translation>Testsuite löschen</translation>
    </message>
    <message>
        <source>Delete suite “%1” with its cases and runs? The recorded calls stay in History.</source>
        <translation>Testsuite „%1“ mit ihren Testfällen und Läufen löschen? Die aufgezeichneten Anrufe bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>Bericht nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>JUnit XML written to %1</source>
        <translation>JUnit XML nach %1 geschrieben</translation>
    </message>
    <message>
        <source>JUnit XML not written: %1</source>
        <translation>JUnit XML nicht geschrieben: %1</translation>
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
        <translation>Der Anrufer hat diese Zeile nach %1 s unterbrochen; der Rest wurde nicht gehört.</translation>
    </message>
    <message>
        <source>The caller talked over this line after hearing %1 s of it; the struck part was not heard.</source>
        <translation>Der Anrufer hat nach %1 s in diese Zeile hineingesprochen; der durchgestrichene Teil wurde nicht gehört.</translation>
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
        <source>No call selected. Pick one in the calls list; the two sides of the call are drawn here as it runs.</source>
        <translation>Kein Anruf ausgewählt. Wählen Sie einen in der Anrufliste; beide Seiten des Anrufs werden hier gezeichnet, während er läuft.</translation>
    </message>
</context>
<context>
    <name>patchline::ui::WireInspector</name>
    <message>
        <source>Hide audio frames</source>
        <translation>Audio-Frames ausblenden</translation>
    </message>
    <message>
        <source>Gaps only</source>
        <translation>Nur Lücken</translation>
    </message>
    <message>
        <source>Wire inspector</source>
        <translation>Nachrichteninspektor</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Type contains…</source>
        <translation>Typ enthält…</translation>
    </message>
    <message>
        <source>Copy as JSON lines</source>
        <translation>Als JSON-Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copy the selected messages (all shown when none is selected) as JSON lines, secrets redacted (Ctrl+C)</source>
        <translation>Die ausgewählten Nachrichten (ohne Auswahl alle angezeigten) als JSON-Zeilen kopieren, Geheimnisse geschwärzt (Strg+C)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;%n sequence gap(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b3261e&apos;&gt;%n Sequenzlücke&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b3261e&apos;&gt;%n Sequenzlücken&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>no sequence gaps</source>
        <translation>keine Sequenzlücken</translation>
    </message>
    <message>
        <source>Select a message to see all its fields.</source>
        <translation>Wählen Sie eine Nachricht, um alle ihre Felder zu sehen.</translation>
    </message>
    <message>
        <source>Message detail</source>
        <translation>Nachrichtendetails</translation>
    </message>
    <message>
        <source>
(audio payloads are not kept: the recording has the sound)</source>
        <translation>
(Audio-Nutzdaten werden nicht aufbewahrt: die Aufnahme enthält den Ton)</translation>
    </message>
</context>
<context>
    <name>patchline::ui::WireModel</name>
    <message>
        <source>Sequence gap: Twilio sent %1 after %2 (messages lost or reordered)</source>
        <translation>Sequenzlücke: Twilio sendete %1 nach %2 (Nachrichten verloren oder vertauscht)</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Seq / chunk</source>
        <translation>Seq / Chunk</translation>
    </message>
    <message>
        <source>event_id</source>
        <translation>event_id</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Twilio Account SID</source>
        <translation>Twilio Account SID</translation>
    </message>
    <message>
        <source>Twilio Auth Token</source>
        <translation>Twilio Auth Token</translation>
    </message>
    <message>
        <source>Twilio API Key SID</source>
        <translation>Twilio API Key SID</translation>
    </message>
    <message>
        <source>Twilio API Key secret</source>
        <translation>Twilio API Key Secret</translation>
    </message>
    <message>
        <source>Twilio API base URL</source>
        <translation>Twilio-API-Basis-URL</translation>
    </message>
    <message>
        <source>Default From number</source>
        <translation>Standard-Absendernummer</translation>
    </message>
    <message>
        <source>Inbound number → agent</source>
        <translation>Eingehende Nummer → Agent</translation>
    </message>
    <message>
        <source>ElevenLabs API key</source>
        <translation>ElevenLabs-API-Key</translation>
    </message>
    <message>
        <source>ElevenLabs API region</source>
        <translation>ElevenLabs-API-Region</translation>
    </message>
    <message>
        <source>Default agent</source>
        <translation>Standard-Agent</translation>
    </message>
    <message>
        <source>Post-call webhook secret</source>
        <translation>Post-Call-Webhook-Secret</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Bind-Adresse</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>Convert audio formats</source>
        <translation>Audioformate konvertieren</translation>
    </message>
    <message>
        <source>Record calls</source>
        <translation>Anrufe aufzeichnen</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Aufzeichnungsordner</translation>
    </message>
    <message>
        <source>Keep recordings (days)</source>
        <translation>Aufzeichnungen behalten (Tage)</translation>
    </message>
    <message>
        <source>One-way audio alarm (ms)</source>
        <translation>Alarm Einweg-Audio (ms)</translation>
    </message>
    <message>
        <source>Dead air alarm (ms)</source>
        <translation>Alarm Funkstille (ms)</translation>
    </message>
    <message>
        <source>Agent silent alarm (ms)</source>
        <translation>Alarm Agent stumm (ms)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Secrets without a keychain</source>
        <translation>Secrets ohne Schlüsselbund</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>Agent audio not forwarded alarm (ms)</source>
        <translation>Alarm Agent-Audio nicht weitergeleitet (ms)</translation>
    </message>
    <message>
        <source>Unpaired end alarm (ms)</source>
        <translation>Alarm unvollständiges Ende (ms)</translation>
    </message>
    <message>
        <source>Bridge threads (0 = one per core)</source>
        <translation>Bridge-Threads (0 = einer pro Kern)</translation>
    </message>
    <message>
        <source>Accept streams without our voice webhook</source>
        <translation>Streams ohne unseren Sprach-Webhook annehmen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Call database</source>
        <translation>Anrufdatenbank</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Cluster monitor token</source>
        <translation>Cluster-Monitor-Token</translation>
    </message>
</context>
</TS>
