#include "settings/StoreLocation.h"

#include "call/Tr.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace patchline::settings {

namespace {

QString tr(const char *s)
{
    return translateIn({"patchline::settings::StoreLocation", "patchline::settings"}, s);
}

const char *const kAllowedParams[] = {
    "sslmode",          "sslrootcert",         "sslcert", "sslkey", "connect_timeout",
    "application_name", "target_session_attrs"};

} // namespace

StoreLocation StoreLocation::file(const QString &path)
{
    StoreLocation l;
    l.path = path;
    return l;
}

QString StoreLocation::display() const
{
    if (!isPostgres())
        return path;
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    u.setHost(host);
    u.setPort(port);
    u.setPath(u'/' + database);
    return u.toString();
}

StoreLocation StoreLocation::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    const auto bad = [error](const QString &why) {
        if (error)
            *error = why;
        return StoreLocation{};
    };
    if (!t.contains(QStringLiteral("://")))
        return file(t);
    const QUrl u(t, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    // The URL without its password, for messages.
    QUrl shown = u;
    shown.setPassword({});
    const QString what = shown.isValid() ? shown.toString() : t.section(u'@', -1);
    if (scheme != u"postgresql" && scheme != u"postgres")
        return bad(tr("Database “%1”: only PostgreSQL URLs are supported; write "
                      "postgresql://user@host:5432/database, or leave it empty for the local file.")
                       .arg(what.left(120)));
    if (!u.isValid())
        return bad(tr("Database URL “%1” is not a valid URL; write "
                      "postgresql://user@host:5432/database.")
                       .arg(what.left(120)));
    StoreLocation l;
    l.kind = Kind::PostgreSQL;
    l.host = u.host();
    l.user = u.userName();
    l.password = u.password();
    l.database = u.path().mid(1);
    l.port = u.port(5432);
    if (l.host.isEmpty())
        return bad(tr("Database URL “%1” names no host; write postgresql://user@host/database.")
                       .arg(what.left(120)));
    if (l.user.isEmpty())
        return bad(tr("Database URL “%1” names no user; write postgresql://user@%2/database.")
                       .arg(what.left(120), l.host));
    static const QRegularExpression dbName(QStringLiteral("^[A-Za-z0-9_.-]{1,63}$"));
    if (!dbName.match(l.database).hasMatch())
        return bad(tr("Database URL “%1”: the database name “%2” is missing or has characters "
                      "other than letters, digits, '_', '.', '-'; write "
                      "postgresql://user@host/patchline.")
                       .arg(what.left(120), l.database.left(63)));
    if (l.port < 1 || l.port > 65535)
        return bad(tr("Database URL “%1”: port %2 is out of range; use 1–65535.")
                       .arg(what.left(120))
                       .arg(l.port));
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:+,@-]{1,200}$"));
    QStringList options{QStringLiteral("connect_timeout=5"), QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=5"),
                        QStringLiteral("keepalives_count=3")};
    const auto items = QUrlQuery(u).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (std::none_of(std::begin(kAllowedParams), std::end(kAllowedParams),
                         [&key](const char *a) { return key == QLatin1String(a); }))
            return bad(tr("Database URL parameter “%1” is not supported; use sslmode, "
                          "sslrootcert, sslcert, sslkey, connect_timeout, application_name or "
                          "target_session_attrs.")
                           .arg(key.left(40)));
        if (!plain.match(value).hasMatch())
            return bad(tr("Database URL parameter %1=“%2” has spaces, quotes or other characters; "
                          "use letters, digits and ./:+,@-_ only.")
                           .arg(key, value.left(60)));
        if (key == u"connect_timeout")
            options.removeAll(QStringLiteral("connect_timeout=5"));
        options << key + u'=' + value;
    }
    l.connectOptions = options.join(u';');
    if (error)
        error->clear();
    return l;
}

} // namespace patchline::settings
