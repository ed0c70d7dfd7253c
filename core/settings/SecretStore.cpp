#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

namespace patchline::settings {

namespace {
/// Runs `done` once: from the job's finished signal or from the timeout, whichever is first.
template <typename Job, typename F> void runJob(Job *job, int timeoutMs, QObject *context, F done)
{
    auto fired = std::make_shared<bool>(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [fired, done](QKeychain::Job *j) {
        if (*fired)
            return;
        *fired = true;
        done(j);
    });
    QTimer::singleShot(timeoutMs, context, [fired, done] {
        if (*fired)
            return;
        *fired = true;
        done(nullptr);
    });
    job->start();
}
} // namespace

SecretStore::SecretStore(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_filePath(options.filePath)
{
    if (m_filePath.isEmpty())
        m_filePath = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                     QStringLiteral("/secrets.json");
    if (!m_options.useKeychain)
        m_keychainError = tr("the OS keychain is switched off");
}

QString SecretStore::noKeychainPrefix()
{
    return tr("No OS keychain is reachable");
}

QString SecretStore::describeKeychainError(const QString &raw)
{
    // QtKeychain passes on D-Bus's own words ("Failed to execute child process
    // \u201cdbus-launch\u201d …", "org.freedesktop.DBus.Error.ServiceUnknown"): say what it means.
    static const QStringList dbusWords{
        QStringLiteral("dbus"), QStringLiteral("d-bus"), QStringLiteral("org.freedesktop"),
        QStringLiteral("secret service"), QStringLiteral("secrets service")};
    for (const QString &w : dbusWords)
        if (raw.contains(w, Qt::CaseInsensitive))
            return tr("no keychain service runs in this desktop session (GNOME Keyring, KWallet "
                      "or another Secret Service provider)");
    return raw.left(200);
}

QString SecretStore::keychainError() const
{
    return m_keychainError;
}

QString SecretStore::backendName(Backend b)
{
    switch (b) {
    case Backend::Keychain:
        return tr("OS keychain");
    case Backend::File:
        return tr("file readable only by you");
    case Backend::Session:
        return tr("this session only");
    case Backend::None:
        break;
    }
    return tr("not stored");
}

void SecretStore::keychainRead(const QString &name,
                               std::function<void(bool, QByteArray, QString)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_options.service, this);
    job->setKey(name);
    runJob(job, m_options.keychainTimeoutMs, this, [this, done](QKeychain::Job *j) {
        if (!j) {
            done(false, {},
                 tr("the keychain did not answer within %1 s")
                     .arg(m_options.keychainTimeoutMs / 1000));
            return;
        }
        auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (r->error() == QKeychain::NoError)
            done(true, r->binaryData(), {});
        else if (r->error() == QKeychain::EntryNotFound)
            done(true, {}, {});
        else
            done(false, {}, describeKeychainError(r->errorString()));
    });
}

void SecretStore::keychainWrite(const QString &name, const QByteArray &value,
                                std::function<void(bool, QString)> done)
{
    QKeychain::Job *job = nullptr;
    if (value.isEmpty()) {
        auto *d = new QKeychain::DeletePasswordJob(m_options.service, this);
        job = d;
    } else {
        auto *w = new QKeychain::WritePasswordJob(m_options.service, this);
        w->setBinaryData(value);
        job = w;
    }
    job->setKey(name);
    const bool deleting = value.isEmpty();
    runJob(job, m_options.keychainTimeoutMs, this, [this, done, deleting](QKeychain::Job *j) {
        if (!j)
            done(false, tr("the keychain did not answer within %1 s")
                            .arg(m_options.keychainTimeoutMs / 1000));
        else if (j->error() == QKeychain::NoError ||
                 (deleting && j->error() == QKeychain::EntryNotFound))
            done(true, {});
        else
            done(false, describeKeychainError(j->errorString()));
    });
}

void SecretStore::read(const QString &name, std::function<void(QByteArray, QString)> done)
{
    if (m_session.contains(name)) {
        m_where[name] = Backend::Session;
        done(m_session.value(name), {});
        return;
    }
    auto fromFallbacks = [this, name, done](const QString &note) {
        const QByteArray v = readFile().value(name);
        m_where[name] = v.isEmpty() ? Backend::None : Backend::File;
        done(v, note);
    };
    const auto note = [](const QString &why) {
        return tr("the OS keychain is not reachable (%1); secrets come from the environment, "
                  "this session or the private file")
            .arg(why);
    };
    if (!keychainReachable()) {
        fromFallbacks(note(m_keychainError));
        return;
    }
    keychainRead(name, [this, name, fromFallbacks, done, note](bool ok, QByteArray v, QString err) {
        if (!ok) {
            m_keychainError = err;
            fromFallbacks(note(err));
            return;
        }
        if (v.isEmpty()) {
            fromFallbacks({});
            return;
        }
        m_where[name] = Backend::Keychain;
        done(v, {});
    });
}

void SecretStore::write(const QString &name, const QByteArray &value,
                        std::function<void(QString)> done)
{
    // Whatever happens, an old copy in a fallback must not outlive the new value.
    auto dropFallbacks = [this, name] {
        m_session.remove(name);
        QHash<QString, QByteArray> entries = readFile();
        if (entries.remove(name))
            writeFile(entries);
    };
    if (!keychainReachable()) {
        fallbackWrite(name, value, done, m_keychainError);
        return;
    }
    keychainWrite(name, value, [=, this](bool ok, QString err) {
        if (!ok) {
            m_keychainError = err;
            fallbackWrite(name, value, done, err);
            return;
        }
        dropFallbacks();
        m_where[name] = value.isEmpty() ? Backend::None : Backend::Keychain;
        done({});
    });
}

void SecretStore::fallbackWrite(const QString &name, const QByteArray &value,
                                std::function<void(QString)> done, const QString &why)
{
    if (value.isEmpty()) { // removing: clear every fallback copy
        m_session.remove(name);
        QHash<QString, QByteArray> entries = readFile();
        QString err;
        if (entries.remove(name))
            err = writeFile(entries);
        m_where[name] = Backend::None;
        done(err);
        return;
    }
    switch (m_fallback) {
    case Fallback::Ask:
        done(tr("%1 (%2). Choose to keep the secret for this session only, or to store it "
                "in %3, a file only you can read.")
                 .arg(noKeychainPrefix(), why, QDir::toNativeSeparators(m_filePath)));
        return;
    case Fallback::Session:
        m_session.insert(name, value);
        m_where[name] = Backend::Session;
        done({});
        return;
    case Fallback::File: {
        QHash<QString, QByteArray> entries = readFile();
        entries.insert(name, value);
        const QString err = writeFile(entries);
        if (err.isEmpty())
            m_where[name] = Backend::File;
        done(err);
        return;
    }
    }
}

QHash<QString, QByteArray> SecretStore::readFile() const
{
    QHash<QString, QByteArray> out;
    QFile f(m_filePath);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return out;
}

QString SecretStore::writeFile(const QHash<QString, QByteArray> &entries) const
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QJsonObject o;
    for (auto it = entries.begin(); it != entries.end(); ++it)
        o.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    const QByteArray data = QJsonDocument(o).toJson(QJsonDocument::Compact);
    // Created 0600 from the first byte (no window with wider permissions), then renamed
    // over the old file so a crash never leaves half a file.
    const QByteArray tmp = QFile::encodeName(m_filePath + QStringLiteral(".tmp"));
    ::unlink(tmp.constData());
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return tr("cannot write %1: %2").arg(m_filePath, QString::fromLocal8Bit(strerror(errno)));
    bool ok = ::fchmod(fd, 0600) == 0 && ::write(fd, data.constData(), data.size()) == data.size();
    ok = ::fsync(fd) == 0 && ok;
    ::close(fd);
    if (!ok || ::rename(tmp.constData(), QFile::encodeName(m_filePath).constData()) != 0) {
        ::unlink(tmp.constData());
        return tr("cannot write %1: %2").arg(m_filePath, QString::fromLocal8Bit(strerror(errno)));
    }
    return {};
}

} // namespace patchline::settings
