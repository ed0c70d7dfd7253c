#pragma once

#include "call/CallTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace patchline::ui {

/// An alarm of a call, as its events recorded it.
struct AlarmMark
{
    qint64 offsetMs = 0; ///< from the start of the call
    QString name;        ///< the alarm's name: "one-way audio", "agent not reading", …
    QString detail;      ///< the whole alarm text
};

/// One format per unit across every pane (issue 18 §3), in the user's locale (QLocale()):
/// group separators and the decimal comma in German. Pure functions; any thread.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    /// A duration in milliseconds: "980 ms", "1,000 ms" (en) / "1.000 ms" (de); "–" when
    /// `ms` < 0 (not measured).
    static QString ms(qint64 ms);
    /// Seconds with `decimals` places: "12.5 s" / "12,5 s"; "–" when `s` < 0.
    static QString seconds(double s, int decimals = 1);
    /// A Twilio price as Twilio reports it, "<amount> <ISO currency>" with the amount negative
    /// for a charge (reference/twilio.md §3.3: `price` "-0.03000", `price_unit` "USD"), shown
    /// as money the account paid: "$0.0300" (en) / "0,0300 $" (de), four decimals because a
    /// call minute costs fractions of a cent. Text that is not "<number> <code>" comes back as
    /// it is (bounded), so nothing is hidden.
    static QString twilioPrice(const QString &price);
    /// ElevenLabs' post-call `metadata.cost` (reference/elevenlabs.md, post-call webhook): an
    /// integer of credits: "296 credits"; "–" when < 0.
    static QString credits(double cost);
    /// A plain count with group separators: "1,234" / "1.234".
    static QString count(qint64 n);

    /// A call state as the operator reads it, translated ("live" / "aktiv").
    static QString state(bridge::CallState state);
    /// Twilio's call status (reference/twilio.md §3.2: queued, ringing, in-progress,
    /// completed, busy, failed, no-answer, canceled), translated; other text comes back
    /// bounded.
    static QString twilioStatus(const QString &status);
    /// A call direction (inbound, outbound-api, sandbox, test, replay), translated.
    static QString direction(const QString &direction);
    /// An event kind as a log prefix ("barge-in", "alarm", "info", …), translated.
    static QString eventKind(const QString &kind);

    /// The alarms raised in `events` (kind "alarm"; the name is the text before its first
    /// ": "), in order.
    static QList<AlarmMark> alarms(const QList<bridge::CallEvent> &events);
    /// "one-way audio (0:12) · dead air (0:40)", or "none".
    static QString alarmList(const QList<AlarmMark> &marks);

private:
    /// `names`' translated name for `key`, else `key` bounded to 40 characters.
    static QString translated(const QHash<QString, const char *> &names, const QString &key);
};

} // namespace patchline::ui
