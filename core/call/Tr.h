#pragma once

#include <QCoreApplication>
#include <QString>

#include <initializer_list>

namespace patchline {

/// Translates `source` for a file-local `tr()` helper outside a QObject. lupdate files such
/// calls under the context of the code that makes them: the enclosing class
/// ("patchline::bridge::Alarm") or, in a free function, the namespace ("patchline::twilio").
/// A single hand-written context ("Alarms") never matched, and the German was never loaded
/// (found in issue 17). This tries each context lupdate uses in the file, in order; the
/// source text when none has it. Any thread (QCoreApplication::translate is thread-safe).
inline QString translateIn(std::initializer_list<const char *> contexts, const char *source)
{
    for (const char *context : contexts) {
        const QString t = QCoreApplication::translate(context, source);
        if (t != QLatin1String(source))
            return t;
    }
    return QString::fromUtf8(source);
}

} // namespace patchline
