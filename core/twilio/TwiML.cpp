#include "twilio/TwiML.h"

#include <QCoreApplication>

#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace patchline::twilio {

QString buildStreamTwiml(const StreamTwiml &t, QString *error)
{
    const QUrl url(t.streamUrl);
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (!url.isValid() || (url.scheme() != u"wss" && url.scheme() != u"ws"))
        return fail(QCoreApplication::translate(
                        "Twilio", "stream URL '%1' must be an absolute wss:// URL; set the "
                                  "public URL to your tunnel's https:// address")
                        .arg(t.streamUrl));
    if (url.hasQuery())
        return fail(QCoreApplication::translate(
                        "Twilio", "stream URL '%1' has a query string, which Twilio strips; "
                                  "pass values as <Parameter> instead")
                        .arg(t.streamUrl));
    for (const auto &[name, value] : t.parameters) {
        if (name.size() + value.size() >= 500)
            return fail(QCoreApplication::translate(
                            "Twilio", "stream parameter '%1' is %2 characters with its value; "
                                      "Twilio allows under 500")
                            .arg(name)
                            .arg(name.size() + value.size()));
    }
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"));
    w.writeStartElement(QStringLiteral("Response"));
    if (!t.sayFirst.isEmpty())
        w.writeTextElement(QStringLiteral("Say"), t.sayFirst);
    w.writeStartElement(QStringLiteral("Connect"));
    w.writeStartElement(QStringLiteral("Stream"));
    w.writeAttribute(QStringLiteral("url"), t.streamUrl);
    if (!t.statusCallbackUrl.isEmpty())
        w.writeAttribute(QStringLiteral("statusCallback"), t.statusCallbackUrl);
    for (const auto &[name, value] : t.parameters) {
        w.writeEmptyElement(QStringLiteral("Parameter"));
        w.writeAttribute(QStringLiteral("name"), name);
        w.writeAttribute(QStringLiteral("value"), value);
    }
    w.writeEndElement(); // Stream
    w.writeEndElement(); // Connect
    w.writeEndElement(); // Response
    w.writeEndDocument();
    // QXmlStreamWriter writes `<?xml version="1.0"?>`; Twilio's helpers also name UTF-8.
    xml.replace(QStringLiteral("<?xml version=\"1.0\"?>"),
                QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    return xml;
}

QString buildSayHangupTwiml(const QString &text)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument(QStringLiteral("1.0"));
    w.writeStartElement(QStringLiteral("Response"));
    w.writeTextElement(QStringLiteral("Say"), text);
    w.writeEmptyElement(QStringLiteral("Hangup"));
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

bool parseTwiml(const QString &xml, ParsedTwiml &out, QString *error)
{
    out = ParsedTwiml{};
    QXmlStreamReader r(xml);
    bool sawResponse = false;
    bool inConnect = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto name = r.name();
            if (name == u"Response") {
                sawResponse = true;
            } else if (name == u"Connect") {
                inConnect = true;
            } else if (name == u"Stream") {
                out.streamUrl = r.attributes().value(QLatin1StringView("url")).toString();
                out.track = r.attributes().value(QLatin1StringView("track")).toString();
                out.connect = inConnect;
            } else if (name == u"Parameter") {
                out.parameters.append(
                    {r.attributes().value(QLatin1StringView("name")).toString(),
                     r.attributes().value(QLatin1StringView("value")).toString()});
            } else if (name == u"Say") {
                out.says << r.readElementText();
            } else if (name == u"Hangup") {
                out.hangup = true;
            }
        } else if (r.isEndElement() && r.name() == u"Connect") {
            inConnect = false;
        }
    }
    if (r.hasError() || !sawResponse) {
        if (error)
            *error = r.hasError()
                         ? QCoreApplication::translate("Twilio", "TwiML line %1: %2")
                               .arg(r.lineNumber())
                               .arg(r.errorString())
                         : QCoreApplication::translate("Twilio", "TwiML has no <Response> root");
        return false;
    }
    return true;
}

} // namespace patchline::twilio
