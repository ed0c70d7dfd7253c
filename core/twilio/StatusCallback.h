#pragma once

#include "twilio/Signature.h"

#include <QString>

namespace patchline::twilio {

/// The fields of a call webhook: a status callback (reference/twilio.md §3.8) or the voice
/// webhook, which carries the same call fields (§3.7). Status callbacks are separate HTTP
/// requests: they may arrive late, out of order or twice; `SequenceNumber` (from 0) orders them.
struct StatusCallback
{
    QString callSid;
    QString accountSid;
    QString status; ///< queued, initiated, ringing, in-progress, completed, busy, failed,
                    ///< no-answer, canceled
    int sequence = -1;
    int durationSecs = -1; ///< CallDuration, terminal events only
    QString sipResponseCode;
    QString timestamp; ///< RFC 2822 as sent
    QString from;
    QString to;
    QString direction;
    /// Voice webhook with MachineDetection (reference/twilio.md §3.2): human, machine_start,
    /// machine_end_beep, machine_end_silence, machine_end_other, fax or unknown.
    QString answeredBy;

    bool isTerminal() const
    {
        return status == u"completed" || status == u"busy" || status == u"failed" ||
               status == u"no-answer" || status == u"canceled";
    }

    static StatusCallback fromForm(const FormParams &params)
    {
        StatusCallback s;
        for (const auto &[k, v] : params) {
            if (k == u"CallSid")
                s.callSid = v;
            else if (k == u"AccountSid")
                s.accountSid = v;
            else if (k == u"CallStatus")
                s.status = v;
            else if (k == u"SequenceNumber")
                s.sequence = v.toInt();
            else if (k == u"CallDuration")
                s.durationSecs = v.toInt();
            else if (k == u"SipResponseCode")
                s.sipResponseCode = v;
            else if (k == u"Timestamp")
                s.timestamp = v;
            else if (k == u"From")
                s.from = v;
            else if (k == u"To")
                s.to = v;
            else if (k == u"Direction")
                s.direction = v;
            else if (k == u"AnsweredBy")
                s.answeredBy = v;
        }
        return s;
    }

    /// The fields fromForm() reads, back as form parameters (a callback handed to the node
    /// that owns the call, issue 20 §2); fromForm(toForm()) gives the same callback.
    FormParams toForm() const
    {
        FormParams p{{QStringLiteral("CallSid"), callSid},
                     {QStringLiteral("AccountSid"), accountSid},
                     {QStringLiteral("CallStatus"), status}};
        const auto add = [&p](const char *key, const QString &value) {
            if (!value.isEmpty())
                p.append({QString::fromLatin1(key), value});
        };
        if (sequence >= 0)
            add("SequenceNumber", QString::number(sequence));
        if (durationSecs >= 0)
            add("CallDuration", QString::number(durationSecs));
        add("SipResponseCode", sipResponseCode);
        add("Timestamp", timestamp);
        add("From", from);
        add("To", to);
        add("Direction", direction);
        add("AnsweredBy", answeredBy);
        return p;
    }
};

} // namespace patchline::twilio
