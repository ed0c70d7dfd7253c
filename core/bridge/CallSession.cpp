#include "bridge/CallSession.h"

#include "bridge/ListenIn.h"

#include "audio/AudioConverter.h"
#include "server/MessageSocket.h"
#include "store/Storage.h"

#include <QLoggingCategory>
#include <QTimer>

#include <cstring>

namespace patchline::bridge {

Q_LOGGING_CATEGORY(lcCall, "patchline.call", QtWarningMsg)

namespace {
constexpr int kPreAgentFrames = 100; ///< 2 s of caller audio kept while the agent connects
constexpr int kFrameBytes = audio::CallTimeline::kFrameSamples;
constexpr int kStartTimeoutMs = 10000;
constexpr int kMaxWarnings = 32;      ///< distinct warnings per call (issue 16 §3)
constexpr int kMaxRemoteName = 64;    ///< chars of a remote event name we repeat
constexpr int kMaxRemoteDetail = 256; ///< chars of a remote string in a wire row
constexpr int kMaxEventText = 1024;   ///< chars of one timeline event
} // namespace

QString stateName(CallState s)
{
    switch (s) {
    case CallState::WebhookReceived:
        return QStringLiteral("webhook received");
    case CallState::StreamConnected:
        return QStringLiteral("stream connected");
    case CallState::AgentConnected:
        return QStringLiteral("agent connected");
    case CallState::Live:
        return QStringLiteral("live");
    case CallState::Ending:
        return QStringLiteral("ending");
    case CallState::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

CallSession::CallSession(quint64 id, const WebhookInfo &info, const SessionContext &ctx,
                         QObject *parent)
    : QObject(parent), m_ctx(ctx), m_info(info), m_alarms(ctx.alarms),
      m_recorder(ctx.storage && ctx.record, ctx.liveView)
{
    m_recorder.setSink(this);
    m_snap.id = id;
    m_snap.callSid = info.callSid;
    m_snap.from = info.from;
    m_snap.to = info.to;
    m_snap.direction = info.direction;
    m_snap.agentId = info.agentId;
    m_snap.startedAt = QDateTime::currentDateTime();
    m_snap.state = CallState::WebhookReceived;
    m_startNs = monotonicNs();
    m_frame.reserve(kFrameBytes * 4);
    m_levels.reserve(8);
    addEvent(QStringLiteral("state"), stateName(m_snap.state));
    if (info.answeredBy.startsWith(u"machine") || info.answeredBy == u"fax")
        addEvent(QStringLiteral("warning"),
                 tr("answered by a machine (AnsweredBy=%1): the agent is talking to voicemail")
                     .arg(info.answeredBy));
    else if (!info.answeredBy.isEmpty())
        addEvent(QStringLiteral("info"), tr("answered by: %1").arg(info.answeredBy));
}

CallSession::CallSession(quint64 id, server::MessageSocket *twilio, const SessionContext &ctx,
                         QObject *parent)
    : CallSession(id, WebhookInfo{}, ctx, parent)
{
    m_snap.direction = QStringLiteral("inbound");
    m_origin = Origin::Unsolicited; // until a webhook session adopts it (Bridge)
    m_events.clear();               // no webhook was received for this one
    attachTwilio(twilio);
    setState(CallState::StreamConnected);
    // reference/twilio.md §1.2: `start` follows `connected` at once.
    QTimer::singleShot(kStartTimeoutMs, this, [this] {
        if (!m_started) {
            m_snap.failed = true;
            end(tr("Twilio opened the media stream but sent no start message within %1 s")
                    .arg(kStartTimeoutMs / 1000));
        }
    });
}

CallSession::~CallSession() = default;

void CallSession::attachTwilio(server::MessageSocket *socket)
{
    m_twilio = socket;
    socket->setParent(this);
    socket->disconnect(this);
    socket->setTextSink(this); // every Twilio message by a direct call (the frame path)
    connect(socket, &server::MessageSocket::binaryReceived, this, [this](const QByteArray &b) {
        warnOnce(QStringLiteral("binary"),
                 tr("Twilio sent a binary frame (%1 bytes); Media Streams uses text frames "
                    "only, so it was ignored")
                     .arg(b.size()));
    });
    connect(socket, &server::MessageSocket::closed, this, &CallSession::onTwilioClosed);
    connect(socket, &server::MessageSocket::pong, this, [this](quint64) {
        m_twilioRxNs = monotonicNs();
        m_twilioReads.onAnswer(m_twilioRxNs / 1000000);
    });
    m_twilioRxNs = monotonicNs();
}

QString CallSession::streamToken() const
{
    return m_msg.customParameters.value(QStringLiteral("token"));
}

void CallSession::refuseStream(const QString &why)
{
    m_snap.callSid.clear();
    m_snap.failed = true;
    m_twilioCloseCode = 1008; // RFC 6455 §7.4.1: policy violation
    end(why);
}

void CallSession::adoptStream(CallSession *stream)
{
    // The stream session has seen only `connected` and `start`; take its socket and the
    // parsed `start` so the call keeps the id the console already shows.
    server::MessageSocket *socket = stream->m_twilio;
    stream->m_twilio = nullptr;
    if (!socket)
        return;
    socket->disconnect(stream);
    attachTwilio(socket);
    m_msg = std::move(stream->m_msg);
    m_events += std::exchange(stream->m_events, {}); // warnings from before `start`
    m_recorder.takeOver(stream->m_recorder);         // `connected` and `start`
    m_warned += stream->m_warned;
    m_snap.callerFrames = 0;
    setState(CallState::StreamConnected);
    onStart();
}

qint64 CallSession::nowMs() const
{
    return (monotonicNs() - m_startNs) / 1000000;
}

void CallSession::setState(CallState s)
{
    if (m_snap.state == s)
        return;
    m_snap.state = s;
    m_changed = true;
    addEvent(QStringLiteral("state"), stateName(s));
}

void CallSession::addEvent(const QString &kind, const QString &text)
{
    m_events.append({audio::CallTimeline::samplesToMs(m_timeline.now()), kind,
                     boundedRemote(text, kMaxEventText)});
    m_changed = true;
}

void CallSession::pollAlarms()
{
    const QList<Alarm> changes = m_alarms.takeChanges();
    if (changes.isEmpty())
        return;
    for (const Alarm &a : changes)
        m_events.append(
            {a.atMs, a.active ? QStringLiteral("alarm") : QStringLiteral("alarm-cleared"), a.text});
    m_snap.alarms = m_alarms.active();
    m_changed = true;
}

void CallSession::warnOnce(const QString &key, const QString &text)
{
    if (m_warned.contains(key) || m_warned.size() > kMaxWarnings)
        return;
    m_warned << key;
    if (m_warned.size() > kMaxWarnings) {
        addEvent(QStringLiteral("warning"),
                 tr("more than %1 different warnings on this call; further ones are not shown")
                     .arg(kMaxWarnings));
        return;
    }
    addEvent(QStringLiteral("warning"), text);
}

void CallSession::addLine(TranscriptLine::Role role, const QString &text, qint64 offsetMs)
{
    TranscriptLine line{role, offsetMs, text, false};
    m_lines.append(line);
    m_changed = true;
    if (m_ctx.storage)
        m_ctx.storage->addTranscript(m_snap.id, line);
}

bool CallSession::takeUpdate(CallUpdate &out)
{
    // A stream that has not said which call it carries is not shown yet: it may still be
    // adopted by the session its webhook created.
    if (m_snap.callSid.isEmpty() && m_snap.state < CallState::Ending)
        return false;
    if (m_snap.state != CallState::Ended && m_snap.state != CallState::Ending) {
        m_snap.durationMs = nowMs();
        m_snap.inboundJitterP99Ms = m_jitter.percentileUs(99) / 1000.0;
        if (m_agent)
            m_snap.agentPingMs = m_agent->lastPingMs();
        const qint64 lead = m_pacing.leadMs(nowMs());
        m_changed = m_changed || lead != m_snap.outboundLeadMs;
        m_snap.outboundLeadMs = lead;
    }
    out.wire = m_recorder.takeUiRows();
    if (!m_changed && m_levels.isEmpty() && out.wire.isEmpty())
        return false;
    out.snapshot = m_snap;
    out.levels = std::move(m_levels);
    out.lines = std::move(m_lines);
    out.events = std::move(m_events);
    if (m_ctx.storage && !out.events.isEmpty())
        m_ctx.storage->addEvents(m_snap.id, out.events); // the call's timeline (review, bundle)
    m_levels.clear();
    m_lines.clear();
    m_events.clear();
    m_changed = false;
    return true;
}

void CallSession::onSocketText(QByteArrayView utf8)
{
    // The frame path: Twilio's compact `media` is read in place, its base64 forwarded as
    // the same bytes (docs/performance.md); every other message takes the general parser.
    twilio::MediaFrame f;
    if (!twilio::parseMediaFast(utf8, f)) {
        onTwilioText(QString::fromUtf8(utf8));
        return;
    }
    const std::int64_t t0 = monotonicNs();
    m_twilioRxNs = t0;
    wire(false, true, QStringLiteral("media"), int(utf8.size()), f.sequenceNumber, f.chunk);
    if (!m_started) {
        warnOnce(QStringLiteral("media-before-start"),
                 tr("Twilio sent media before start; frames ignored until start arrives"));
        return;
    }
    onMedia(f.payload, f.chunk);
    if (m_ctx.callerToAgent)
        m_ctx.callerToAgent->record(monotonicNs() - t0);
}

void CallSession::onTwilioText(const QString &text)
{
    const std::int64_t t0 = monotonicNs();
    m_twilioRxNs = t0;
    QString error;
    if (!parseStreamMessage(text, m_msg, &error)) {
        wire(false, true, QStringLiteral("invalid"), int(text.size()), -1, -1, -1, error);
        addEvent(QStringLiteral("warning"), tr("ignored a Twilio message: %1").arg(error));
        return;
    }
    wire(false, true, boundedRemote(m_msg.event, kMaxRemoteName), int(text.size()),
         m_msg.sequenceNumber, m_msg.chunk, -1,
         m_msg.type == twilio::StreamMessage::Type::Mark ? m_msg.markName : QString());
    using T = twilio::StreamMessage::Type;
    switch (m_msg.type) {
    case T::Media:
        if (!m_started) {
            warnOnce(QStringLiteral("media-before-start"),
                     tr("Twilio sent media before start; frames ignored until start arrives"));
            return;
        }
        m_b64Text = m_msg.payload.toLatin1();
        onMedia(m_b64Text, m_msg.chunk);
        if (m_ctx.callerToAgent)
            m_ctx.callerToAgent->record(monotonicNs() - t0);
        return;
    case T::Mark:
        onMarkEcho(m_msg.markName);
        return;
    case T::Connected:
        return;
    case T::Start:
        if (m_started) {
            warnOnce(QStringLiteral("second-start"), tr("Twilio sent a second start; ignored"));
            return;
        }
        if (m_msg.callSid.isEmpty() || m_msg.streamSid.isEmpty()) {
            // issue 16 §3: a stream that names no call can be shown, stored or adopted by
            // nothing; it is closed rather than kept undrained for the whole call.
            m_snap.failed = true;
            end(tr("Twilio start without a callSid or streamSid; stream closed"));
            return;
        }
        if (m_origin != Origin::Local &&
            (!isTwilioSid(m_msg.callSid, u"CA") || !isTwilioSid(m_msg.streamSid, u"MZ"))) {
            // issue 16 §2: Twilio's SIDs are two letters and 32 lower-case hex digits
            // (reference/twilio.md §1.2); anything else did not come from Twilio.
            m_snap.failed = true;
            end(tr("Twilio start with a malformed callSid '%1' or streamSid '%2' (expected "
                   "CA or MZ and 32 lower-case hex digits); stream closed")
                    .arg(boundedRemote(m_msg.callSid, 40), boundedRemote(m_msg.streamSid, 40)));
            return;
        }
        m_started = true;
        m_snap.streamSid = m_msg.streamSid;
        m_snap.callSid = m_msg.callSid;
        // The bridge may hand this stream to the session its webhook created; then this
        // object is deleted and the adopting session calls onStart().
        emit identified(m_snap.id, m_msg.callSid);
        if (m_twilio && m_snap.state < CallState::Ending) // not adopted, not refused
            onStart();
        return;
    case T::Stop:
        end(tr("caller hung up (Twilio stop)"));
        return;
    case T::Dtmf:
        addEvent(QStringLiteral("info"),
                 tr("caller pressed %1").arg(boundedRemote(m_msg.digit, 4)));
        return;
    case T::Unknown:
        warnOnce(QStringLiteral("unknown-") + boundedRemote(m_msg.event, kMaxRemoteName),
                 tr("ignored unknown Twilio event '%1'")
                     .arg(boundedRemote(m_msg.event, kMaxRemoteName)));
        return;
    }
}

void CallSession::onStart()
{
    m_started = true;
    m_snap.streamSid = m_msg.streamSid;
    m_snap.callSid = m_msg.callSid;
    m_info.accountSid = m_msg.accountSid;
    // issue 16 §1: what the call runs with comes from our own webhook's decision; a stream
    // no webhook announced gets the default agent and no overrides or variables.
    QHash<QString, QString> cp;
    switch (m_origin) {
    case Origin::Webhook:
        for (const auto &[k, v] : std::as_const(m_info.parameters))
            cp.insert(k, v);
        break;
    case Origin::Local:
        cp = m_msg.customParameters;
        break;
    case Origin::Unsolicited:
        for (const char *shown : {"from", "to"}) // display only
            if (m_msg.customParameters.contains(QLatin1String(shown)))
                cp.insert(QLatin1String(shown),
                          boundedRemote(m_msg.customParameters.value(QLatin1String(shown)), 64));
        addEvent(QStringLiteral("info"),
                 tr("stream without Patchline's voice webhook (allowed in Settings → Server): "
                    "default agent, the stream's parameters are not used"));
        break;
    }
    if (m_snap.from.isEmpty())
        m_snap.from = cp.value(QStringLiteral("from"));
    if (m_snap.to.isEmpty())
        m_snap.to = cp.value(QStringLiteral("to"));
    if (cp.contains(QStringLiteral("direction")))
        m_snap.direction = cp.value(QStringLiteral("direction"));
    if (m_snap.agentId.isEmpty())
        m_snap.agentId = cp.value(QStringLiteral("agent_id"), m_ctx.agent.agentId);
    if (m_msg.encoding != u"audio/x-mulaw" || m_msg.sampleRate != 8000)
        addEvent(QStringLiteral("warning"),
                 tr("unexpected stream format %1 at %2 Hz; expected audio/x-mulaw at 8000 Hz")
                     .arg(m_msg.encoding)
                     .arg(m_msg.sampleRate));
    m_changed = true;

    if (m_ctx.storage && m_ctx.record) {
        m_snap.recordingPath = m_ctx.storage->recordingPathFor(m_snap.callSid, m_snap.id);
        m_ctx.storage->openRecording(m_snap.id, m_snap.recordingPath);
        m_recorder.setRecording(true);
    }
    if (m_ctx.storage)
        m_ctx.storage->saveCall(m_snap);

    // The operator's <Parameter>s: `override_*` become conversation overrides, the rest
    // dynamic variables, plus what every agent can use (reference/elevenlabs.md §2.1).
    QMap<QString, QVariant> vars;
    for (auto it = cp.begin(); it != cp.end(); ++it)
        if (it.key() != u"agent_id" && it.key() != u"direction")
            vars.insert(it.key(), it.value());
    const auto overrides = elevenlabs::ConversationOverrides::takeFrom(vars);
    vars.insert(QStringLiteral("call_sid"), m_snap.callSid);
    if (!m_snap.from.isEmpty())
        vars.insert(QStringLiteral("caller_number"), m_snap.from);
    if (!overrides.isEmpty())
        addEvent(QStringLiteral("info"), tr("overriding the agent's %1 for this call")
                                             .arg(overrides.fields().join(QStringLiteral(", "))));
    startAgent(vars, overrides);
}

void CallSession::startAgent(const QMap<QString, QVariant> &dynamicVariables,
                             const elevenlabs::ConversationOverrides &overrides)
{
    m_agent = new elevenlabs::AgentClient(m_ctx.nam, this);
    connect(m_agent, &elevenlabs::AgentClient::ready, this, &CallSession::onAgentReady);
    connect(m_agent, &elevenlabs::AgentClient::pongReceived, this,
            [this] { m_agentReads.onAnswer(monotonicNs() / 1000000); });
    connect(m_agent, &elevenlabs::AgentClient::audio, this, &CallSession::onAgentAudio);
    connect(m_agent, &elevenlabs::AgentClient::interruption, this, &CallSession::onInterruption);
    connect(m_agent, &elevenlabs::AgentClient::userTranscript, this, [this](const QString &t) {
        // Place the line where the caller started speaking (bridge-side level gate), or at
        // the current time when no onset was seen.
        const qint64 now = audio::CallTimeline::samplesToMs(m_timeline.now());
        addLine(TranscriptLine::Role::Caller, t, m_callerOnsetMs >= 0 ? m_callerOnsetMs : now);
        m_callerOnsetMs = -1;
    });
    connect(
        m_agent, &elevenlabs::AgentClient::agentResponse, this, [this](const QString &t, qint64) {
            // The reply starts playing where queued agent audio ends.
            m_lastAgentLineMs =
                audio::CallTimeline::samplesToMs(std::max(m_timeline.agentEnd(), m_timeline.now()));
            addLine(TranscriptLine::Role::Agent, t, m_lastAgentLineMs);
        });
    connect(m_agent, &elevenlabs::AgentClient::agentCorrection, this,
            [this](const QString &, const QString &corrected) {
                addEvent(QStringLiteral("info"),
                         tr("agent response corrected to: %1").arg(corrected));
            });
    connect(m_agent, &elevenlabs::AgentClient::failed, this, [this](const QString &why) {
        addEvent(QStringLiteral("error"), why);
        m_snap.failed = true;
        end(tr("agent unavailable: %1").arg(why));
    });
    connect(m_agent, &elevenlabs::AgentClient::closed, this, &CallSession::onAgentClosed);
    connect(m_agent, &elevenlabs::AgentClient::socketClosed, this, [this] {
        if (m_snap.state >= CallState::Ending)
            onSocketGone(tr("agent"));
    });
    m_agent->setWireTap([this](bool incoming, const QString &type, int bytes, qint64 eventId) {
        wire(true, incoming, type, bytes, -1, -1, eventId);
        if (type == u"ping")
            ++m_snap.pings;
        else if (type == u"pong")
            ++m_snap.pongs;
    });
    elevenlabs::AgentEndpoint ep = m_ctx.agent;
    ep.agentId = m_snap.agentId;
    m_agent->start(ep, dynamicVariables, overrides);
}

void CallSession::onMedia(QByteArrayView payload, qint64 chunk)
{
    if (m_snap.state >= CallState::Ending)
        return; // the recording is closed; nothing more goes to the agent
    // Decode base64 in place; the two buffers swap roles each frame, so after the first
    // frames neither allocates again.
    m_b64.resize(payload.size());
    if (!payload.isEmpty())
        std::memcpy(m_b64.data(), payload.data(), size_t(payload.size()));
    auto decoded = QByteArray::fromBase64Encoding(
        std::move(m_b64), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    const bool ok = bool(decoded);
    const qsizetype bytes = decoded.decoded.size();
    if (ok) {
        std::swap(m_frame, decoded.decoded);
        m_b64 = std::move(decoded.decoded);
    } else {
        m_b64 = std::move(decoded.decoded);
    }
    // issue 16 §3: one 20 ms μ-law frame per message, never faster than real time. One
    // clock read per frame serves the gate and the jitter figure.
    const qint64 arrivalNs = monotonicNs();
    if (const auto v = m_gate.check((arrivalNs - m_startNs) / 1000000, ok, bytes);
        v != twilio::InboundMediaGate::Verdict::Accept) {
        rejectMedia(v, chunk, bytes);
        return;
    }
    ++m_snap.callerFrames;
    m_snap.callerAudioBytes += m_frame.size();

    const auto levels =
        m_timeline.pushCaller({reinterpret_cast<const std::uint8_t *>(m_frame.constData()),
                               static_cast<std::size_t>(m_frame.size())});
    if (m_ctx.liveView)
        m_levels.append(levels);
    const qint64 frameEndMs = audio::CallTimeline::samplesToMs(m_timeline.now());
    m_alarms.onFrame(frameEndMs, levels);
    m_turns.onFrame(frameEndMs, levels);
    if (m_lastFrameNs)
        m_jitter.record(std::abs(arrivalNs - m_lastFrameNs - 20000000));
    m_lastFrameNs = arrivalNs;
    pollAlarms();
    // Caller turn onset (for transcript offsets): first voiced frame after ≥ 400 ms quiet.
    if (audio::isVoiced(levels.caller)) {
        if (m_callerQuietFrames >= 20)
            m_callerOnsetMs = audio::CallTimeline::samplesToMs(m_timeline.now()) - 20;
        m_callerQuietFrames = 0;
    } else {
        ++m_callerQuietFrames;
    }

    if (m_agent && m_agent->state() == elevenlabs::AgentClient::State::Ready) {
        if (m_agentFormatOk)
            forwardCaller(m_frame, payload);
    } else if (m_agent && m_snap.state < CallState::Ending) {
        if (m_preAgent.size() >= kPreAgentFrames) {
            m_preAgent.removeFirst();
            warnOnce(QStringLiteral("pre-agent-overflow"),
                     tr("the agent took over 2 s to connect; the oldest caller audio was dropped"));
        }
        m_preAgent.append(m_frame); // shares m_frame's buffer until it is reused
    }
    m_recorder.onCallerFrame(m_timeline);
}

void CallSession::rejectMedia(twilio::InboundMediaGate::Verdict verdict, qint64 chunk,
                              qsizetype bytes)
{
    using V = twilio::InboundMediaGate::Verdict;
    ++m_snap.callerFramesDropped;
    m_changed = true;
    switch (verdict) {
    case V::BadBase64:
        warnOnce(QStringLiteral("base64"),
                 tr("Twilio media chunk %1 has an invalid base64 payload; such frames are "
                    "dropped and counted (Metrics: caller frames dropped)")
                     .arg(chunk));
        break;
    case V::WrongSize:
        warnOnce(QStringLiteral("frame-size"),
                 tr("Twilio media chunk %1 decodes to %2 bytes, not one 20 ms μ-law frame (160 "
                    "bytes); such frames are dropped and counted")
                     .arg(chunk)
                     .arg(bytes));
        break;
    case V::AheadOfClock:
        m_alarms.onMediaFlood(audio::CallTimeline::samplesToMs(m_timeline.now()),
                              m_gate.aheadMs(nowMs()));
        pollAlarms();
        break;
    case V::Accept:
        break;
    }
}

void CallSession::forwardCaller(const QByteArray &mulaw, QByteArrayView base64)
{
    if (!m_toAgent) {
        // ulaw_8000 on both sides: Twilio's payload goes out as is (elevenlabs.md §2.2).
        if (!base64.isNull())
            m_agent->sendAudio(base64);
        else
            m_agent->sendAudio(QByteArrayView(mulaw.toBase64()));
        return;
    }
    const std::int64_t t0 = monotonicNs();
    m_toAgent->convert(mulaw, m_conv);
    m_agent->sendAudio(QByteArrayView(m_conv.toBase64()));
    m_snap.conversionUs += (monotonicNs() - t0) / 1000;
}

void CallSession::wire(bool agentSide, bool incoming, const QString &type, int bytes, qint64 seq,
                       qint64 chunk, qint64 eventId, const QString &detail)
{
    const WireEntry e{audio::CallTimeline::samplesToMs(m_timeline.now()),
                      agentSide,
                      incoming,
                      type,
                      bytes,
                      seq,
                      chunk,
                      eventId,
                      detail};
    m_recorder.note(e);
    (agentSide ? (incoming ? m_snap.agentBytesIn : m_snap.agentBytesOut)
               : (incoming ? m_snap.twilioBytesIn : m_snap.twilioBytesOut)) += bytes;
}

void CallSession::appendWireLog(const QList<WireEntry> &entries)
{
    m_ctx.storage->appendWireLog(m_snap.id, entries); // the wire log lives next to the WAV
}

void CallSession::appendRecording(const QByteArray &stereoPcm16)
{
    m_ctx.storage->appendRecording(m_snap.id, stereoPcm16);
}

bool CallSession::listening() const
{
    return m_ctx.listenIn && m_ctx.listenIn->wants(m_snap.id);
}

void CallSession::listen(std::span<const std::int16_t> stereo)
{
    m_ctx.listenIn->feed(m_snap.id, stereo);
}

void CallSession::onAgentReady(const QString &conversationId, const QString &in, const QString &out)
{
    m_snap.conversationId = conversationId;
    m_snap.agentFormats = in + u'/' + out;
    m_alarms.onAgentReady(audio::CallTimeline::samplesToMs(m_timeline.now()));
    setState(CallState::Live);
    // reference/elevenlabs.md §4: formats are per agent and reported here; convert in the
    // bridge when they are not the phone line's ulaw_8000, and never send audio in a format
    // the other side did not announce.
    const auto plan = audio::FormatPlan::negotiate(in, out, m_ctx.convertFormats);
    using O = audio::FormatPlan::Outcome;
    if (!plan.ok()) {
        const QString why =
            (plan.outcome == O::Unsupported
                 ? tr("the agent announced audio formats %1 in / %2 out, which Patchline cannot "
                      "convert; choose ulaw_8000 or pcm_16000 in the agent's settings")
                 : tr("the agent uses %1 in / %2 out and audio conversion is off; set both "
                      "agent formats to ulaw_8000, or switch conversion on in Settings → "
                      "Server"))
                .arg(in, out);
        m_alarms.onFormatMismatch(audio::CallTimeline::samplesToMs(m_timeline.now()), why);
        pollAlarms();
        m_snap.failed = true;
        end(why);
        return;
    }
    const audio::AudioFormat line = audio::AudioFormat::telephony();
    if (plan.convertToAgent)
        m_toAgent = std::make_unique<audio::AudioConverter>(line, plan.agentIn);
    if (plan.convertToCaller)
        m_toCaller = std::make_unique<audio::AudioConverter>(plan.agentOut, line);
    if (plan.outcome == O::Convert) {
        m_snap.conversion = tr("μ-law 8 kHz → %1 to the agent, %2 → μ-law 8 kHz to the caller")
                                .arg(plan.agentIn.name(), plan.agentOut.name());
        addEvent(QStringLiteral("info"),
                 tr("audio conversion active: %1 (set both agent formats to ulaw_8000 to "
                    "forward audio untouched)")
                     .arg(m_snap.conversion));
    }
    m_agentFormatOk = true;
    for (const QByteArray &frame : std::as_const(m_preAgent))
        forwardCaller(frame, {});
    m_preAgent.clear();
}

void CallSession::onAgentAudio(const QString &base64, qint64 eventId)
{
    const std::int64_t t0 = monotonicNs();
    if (m_snap.state >= CallState::Ending || !m_twilio)
        return;
    if (eventId <= m_lastInterruptId) {
        ++m_snap.agentChunksDropped; // stale audio of an interrupted utterance (§5 rule 2)
        m_changed = true;
        return;
    }
    if (m_snap.agentMuted) {
        ++m_snap.agentChunksMuted; // the operator muted the agent: the caller hears nothing
        m_alarms.onAgentAudioWithheld();
        m_changed = true;
        return;
    }
    const qint64 callMs = audio::CallTimeline::samplesToMs(m_timeline.now());
    m_alarms.onAgentAudioReceived(callMs);
    QByteArray mulaw = QByteArray::fromBase64(base64.toLatin1());
    QString converted;
    if (m_toCaller) {
        const std::int64_t c0 = monotonicNs();
        m_toCaller->convert(mulaw, m_conv);
        mulaw = m_conv;
        converted = QString::fromLatin1(mulaw.toBase64());
        m_snap.conversionUs += (monotonicNs() - c0) / 1000;
        if (mulaw.isEmpty()) {
            m_alarms.onAgentAudioForwarded(callMs); // consumed by the resampler's filter delay
            return;
        }
    }
    m_timeline.pushAgent({reinterpret_cast<const std::uint8_t *>(mulaw.constData()),
                          static_cast<std::size_t>(mulaw.size())});
    twilio::buildMedia(m_out, m_snap.streamSid, m_toCaller ? QStringView(converted) : base64);
    m_twilio->sendText(m_out);
    wire(false, false, QStringLiteral("media"), int(m_out.size()), -1, -1, eventId);
    const QString mark = m_playout.onSent(eventId, mulaw.size());
    twilio::buildMark(m_out, m_snap.streamSid, mark);
    m_twilio->sendText(m_out);
    wire(false, false, QStringLiteral("mark"), int(m_out.size()), -1, -1, eventId, mark);
    ++m_snap.agentChunks;
    ++m_snap.marksSent;
    m_alarms.onAgentAudioForwarded(callMs);
    pollAlarms();
    if (m_turns.onAgentAudioSent(callMs)) {
        m_snap.turns = int(m_turns.turns());
        m_snap.turnLatencyLastMs = m_turns.last();
        m_snap.turnLatencyP50Ms = m_turns.percentile(50);
        m_snap.turnLatencyP90Ms = m_turns.percentile(90);
        CallEvent turn; // a turn boundary: the waveform and the metrics pane show it
        turn.offsetMs = callMs;
        turn.kind = QStringLiteral("turn");
        turn.latencyMs = m_turns.last();
        turn.text = tr("turn %1: the agent answered %2 ms after the caller stopped")
                        .arg(m_snap.turns)
                        .arg(turn.latencyMs);
        m_events.append(turn);
    }
    const qint64 wallMs = nowMs();
    m_pacing.onSent(wallMs, eventId, mulaw.size() / 8);
    m_snap.outboundLeadMs = m_pacing.leadMs(wallMs);
    m_snap.outboundLeadMaxMs = m_pacing.maxLeadMs();
    m_snap.outboundUnderruns = m_pacing.underruns();
    m_snap.outboundUnderrunMs = m_pacing.underrunMs();
    m_snap.agentAudioBytes += mulaw.size();
    m_snap.agentMs += mulaw.size() / 8;
    m_changed = true;
    if (m_ctx.agentToCaller)
        m_ctx.agentToCaller->record(monotonicNs() - t0);
}

void CallSession::onMarkEcho(const QString &name)
{
    ++m_snap.marksEchoed;
    m_playout.onEcho(name);
}

qint64 CallSession::sendClear(qint64 eventId)
{
    if (m_twilio && !m_snap.streamSid.isEmpty()) {
        twilio::buildClear(m_out, m_snap.streamSid);
        m_twilio->sendText(m_out);
        wire(false, false, QStringLiteral("clear"), int(m_out.size()), -1, -1, eventId);
    }
    // reference/twilio.md §1.2: after a clear every pending mark is echoed at once.
    m_playout.onClear();
    m_pacing.onClear(nowMs());
    if (m_toCaller)
        m_toCaller->reset();
    return m_timeline.clearAgent() / 8;
}

void CallSession::onInterruption(qint64 eventId)
{
    m_lastInterruptId = std::max(m_lastInterruptId, eventId);
    const qint64 cutMs = sendClear(eventId);
    const qint64 nowMs = audio::CallTimeline::samplesToMs(m_timeline.now());
    if (m_snap.agentMuted) {
        // The caller heard silence, so nothing was talked over: the agent stopped a reply
        // nobody heard. Not a barge-in, and no line is struck (issue 18: muting counted
        // as one).
        addEvent(QStringLiteral("info"),
                 tr("the agent stopped a reply on caller speech while muted (not a barge-in: "
                    "the caller heard none of it)"));
        return;
    }
    ++m_snap.bargeIns;

    CallEvent e;
    e.offsetMs = nowMs;
    e.kind = QStringLiteral("barge-in");
    e.lineOffsetMs = m_lastAgentLineMs;
    const bool current = eventId == m_playout.utteranceId(); // else: nothing of it known
    e.heardMs = current ? m_playout.heardBytes(eventId) / 8 : -1;
    e.sentMs = current ? m_playout.sentBytes(eventId) / 8 : -1;
    e.yieldMs = m_callerOnsetMs >= 0 ? nowMs - m_callerOnsetMs : -1;
    m_snap.lastTimeToYieldMs = e.yieldMs;
    e.text = tr("caller talked over the agent: clear sent %1 ms after they started, %2 s of "
                "the reply heard, %3 ms of queued agent audio cut")
                 .arg(e.yieldMs)
                 .arg(double(std::max<qint64>(0, e.heardMs)) / 1000.0, 0, 'f', 1)
                 .arg(cutMs);
    m_events.append(e);
    m_changed = true;
    if (m_ctx.storage && m_lastAgentLineMs >= 0)
        m_ctx.storage->markInterrupted(m_snap.id, m_lastAgentLineMs, e.heardMs);
}

void CallSession::onAgentClosed(int code, const QString &reason, const QString &errorType,
                                const QString &errorMessage)
{
    if (m_snap.state >= CallState::Ending)
        return;
    QString why = code == 1000 ? tr("agent ended the conversation")
                               : tr("agent connection closed with code %1: %2")
                                     .arg(code)
                                     .arg(elevenlabs::describeCloseCode(code));
    if (!reason.isEmpty())
        why += QStringLiteral(" (%1)").arg(reason);
    if (!errorType.isEmpty())
        why += QStringLiteral(" [%1: %2]").arg(errorType, errorMessage);
    m_alarms.onClose(audio::CallTimeline::samplesToMs(m_timeline.now()), tr("agent"), code,
                     elevenlabs::describeCloseCode(code));
    pollAlarms();
    if (code != 1000) {
        m_agentFailed = true;
        addEvent(QStringLiteral("error"), why);
    }
    end(why);
}

void CallSession::onTwilioClosed(int code, const QString &reason)
{
    m_twilioDown = true;
    if (m_snap.state >= CallState::Ending) {
        onSocketGone(tr("Twilio"));
        return;
    }
    m_alarms.onClose(audio::CallTimeline::samplesToMs(m_timeline.now()), tr("Twilio"), code,
                     code == 1006 ? tr("connection lost without a close frame") : reason);
    pollAlarms();
    m_snap.failed = code != 1000;
    end(code == 1000 ? tr("Twilio closed the media stream")
                     : tr("Twilio media stream dropped (close code %1%2)")
                           .arg(code)
                           .arg(reason.isEmpty() ? QString() : QStringLiteral(", ") + reason));
}

void CallSession::keepalive(qint64 nowNs, int idleMs, int deadMs)
{
    if (m_snap.state >= CallState::Ending) {
        if (!m_finished && m_alarms.onTick(closingMs())) {
            // The unpaired-end limit passed: drop what did not confirm our close.
            pollAlarms();
            if (m_twilio && !m_twilioDown) {
                m_twilio->close(); // already closing: aborted
                m_twilioDown = true;
            }
            if (m_agent)
                m_agent->abortSocket();
            if (m_ctx.storage)
                m_ctx.storage->saveCall(m_snap); // the alarm is part of the record
            checkFinished();
        }
        return;
    }
    const qint64 nowMs = nowNs / 1000000;
    const qint64 callMs = audio::CallTimeline::samplesToMs(m_timeline.now());
    const ReadWatch::Limits limits{std::max(100, idleMs / 2), idleMs, deadMs};
    const auto check = [&](qint64 lastNs, ReadWatch &reads, auto &&ping, bool agentSide,
                           const QString &side) {
        const qint64 silentMs = (nowNs - lastNs) / 1000000;
        QString why;
        reads.setLimits(limits);
        if (silentMs >= deadMs) {
            why = tr("no data and no answer to pings from %1 for %2 s: the connection is dead")
                      .arg(side)
                      .arg(double(silentMs) / 1000.0, 0, 'f', 1);
        } else if (silentMs < deadMs / 2 && reads.verdict(nowMs) == ReadWatch::Verdict::Stalled) {
            // "Stalled" means it keeps sending while our ping waits. A peer silent for half
            // the dead limit is on its way to "dead" instead: its last message may merely have
            // arrived after our ping went out (seen under load in tst_keepalive).
            const double s = double(reads.lagMs(nowMs)) / 1000.0;
            why = agentSide
                      ? tr("the agent stopped reading: a ping sent behind the bridge's messages "
                           "has been unanswered for %1 s while it keeps sending; the connection "
                           "is stalled")
                            .arg(s, 0, 'f', 1)
                      : tr("Twilio stopped reading: a ping sent behind the bridge's messages has "
                           "been unanswered for %1 s while it keeps sending; the connection is "
                           "stalled")
                            .arg(s, 0, 'f', 1);
        }
        if (!why.isEmpty()) {
            addEvent(QStringLiteral("error"), why);
            m_snap.failed = true;
            end(why);
            return false;
        }
        if (reads.verdict(nowMs) == ReadWatch::Verdict::Lagging)
            m_alarms.onPeerNotReading(callMs, agentSide, reads.lagMs(nowMs));
        else
            m_alarms.onPeerReading(callMs, agentSide);
        if (reads.probeDue(nowMs)) {
            ping();
            reads.onProbeSent(nowMs);
        }
        return true;
    };
    if (m_twilio && m_twilio->isOpen() &&
        !check(
            m_twilioRxNs, m_twilioReads, [this] { m_twilio->ping(); }, false, tr("Twilio")))
        return;
    if (m_agent &&
        (m_agent->state() == elevenlabs::AgentClient::State::Ready ||
         m_agent->state() == elevenlabs::AgentClient::State::AwaitingMetadata) &&
        !check(
            m_agent->lastReceivedNs(), m_agentReads, [this] { m_agent->ping(); }, true,
            tr("the agent")))
        return;
    pollAlarms();
}

void CallSession::statusCallback(const twilio::StatusCallback &cb)
{
    switch (m_status.accept(cb)) { // reference/twilio.md §3.8
    case twilio::StatusSequencer::Verdict::Duplicate:
        return; // a retried callback
    case twilio::StatusSequencer::Verdict::Late:
        addEvent(QStringLiteral("info"),
                 tr("Twilio status %1 (#%2) arrived after #%3; kept in the timeline only")
                     .arg(cb.status)
                     .arg(cb.sequence)
                     .arg(m_status.newest()));
        return;
    case twilio::StatusSequencer::Verdict::Apply:
        break;
    }
    m_snap.twilioStatus = cb.status;
    if (cb.durationSecs >= 0)
        m_snap.twilioDurationSecs = cb.durationSecs;
    m_changed = true;
    QString text = tr("Twilio status %1 (#%2)").arg(cb.status).arg(cb.sequence);
    if (cb.durationSecs >= 0)
        text += tr(", %1 s").arg(cb.durationSecs);
    if (!cb.sipResponseCode.isEmpty())
        text += tr(", SIP %1").arg(cb.sipResponseCode);
    addEvent(QStringLiteral("info"), text);
    if (cb.isTerminal())
        m_snap.failed = m_snap.failed || cb.status != u"completed"; // a late one clears nothing
    if (m_snap.state >= CallState::Ending) {
        // Ended, still waiting for a socket to confirm the close: end() has saved the call
        // already, so this late status goes to the store here.
        if (m_ctx.storage)
            m_ctx.storage->saveCall(m_snap);
    } else if (cb.isTerminal()) {
        end(tr("Twilio reported the call %1").arg(cb.status));
    }
}

void CallSession::end(const QString &reason)
{
    if (m_snap.state >= CallState::Ending)
        return;
    m_snap.endReason = reason;
    m_snap.failed = m_snap.failed || m_agentFailed;
    m_snap.durationMs = nowMs();
    setState(CallState::Ending);
    m_recorder.flush(m_timeline, true);
    if (m_ctx.storage && !m_snap.recordingPath.isEmpty())
        m_ctx.storage->closeRecording(m_snap.id);
    if (m_agent)
        m_agent->close(1000, QStringLiteral("call ended"));
    if (m_twilio)
        m_twilio->close(m_twilioCloseCode, m_twilioCloseCode == 1000
                                               ? QStringLiteral("call ended")
                                               : QStringLiteral("policy violation"));
    setState(CallState::Ended);
    // Each socket closed here must now confirm (reference/operators.md C8).
    QStringList open;
    if (m_twilio && !m_twilioDown)
        open << tr("Twilio");
    if (m_agent && m_agent->socketOpen())
        open << tr("agent");
    m_endedWallMs = nowMs();
    m_endedCallMs = audio::CallTimeline::samplesToMs(m_timeline.now());
    m_alarms.onCallEnded(m_endedCallMs, reason, open);
    if (m_ctx.storage)
        m_ctx.storage->saveCall(m_snap);
    qCInfo(lcCall).noquote() << "call" << m_snap.callSid << "ended:" << reason;
    emit ended(m_snap.id);
    checkFinished();
}

qint64 CallSession::closingMs() const
{
    return m_endedWallMs < 0 ? audio::CallTimeline::samplesToMs(m_timeline.now())
                             : m_endedCallMs + (nowMs() - m_endedWallMs);
}

void CallSession::onSocketGone(const QString &side)
{
    m_alarms.onSideClosed(side);
    checkFinished();
}

void CallSession::checkFinished()
{
    if (m_finished || m_snap.state != CallState::Ended)
        return;
    if ((m_twilio && !m_twilioDown) || (m_agent && m_agent->socketOpen()))
        return;
    m_finished = true;
    emit finished(m_snap.id);
}

void CallSession::setAgentMuted(bool muted)
{
    if (m_snap.state >= CallState::Ending || muted == m_snap.agentMuted)
        return;
    m_snap.agentMuted = muted;
    const qint64 callMs = audio::CallTimeline::samplesToMs(m_timeline.now());
    m_alarms.setAgentMuted(callMs, muted);
    pollAlarms();
    if (muted) {
        const qint64 cutMs = sendClear(m_playout.utteranceId());
        addEvent(QStringLiteral("info"),
                 tr("operator muted the agent: the caller hears silence (%1 ms of queued agent "
                    "audio cut)")
                     .arg(cutMs));
    } else {
        addEvent(QStringLiteral("info"), tr("operator unmuted the agent"));
    }
    m_changed = true;
}

} // namespace patchline::bridge
