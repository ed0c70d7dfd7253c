#include "campaign/CampaignCsv.h"

#include "call/CallTypes.h"

#include "call/Tr.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace patchline::campaign {

using bridge::boundedRemote;

namespace {

QString tr(const char *text)
{
    return translateIn({"patchline::campaign"}, text);
}

const QString kPhone = QStringLiteral("phone_number");
const QString kAgent = QStringLiteral("agent_id");
const QString kFrom = QStringLiteral("from");
const QString kNotBefore = QStringLiteral("not_before");

/// Splits RFC 4180 records. `rows` gets each record's fields and the 1-based record number
/// as the spreadsheet counts it; returns false (with the record number) on an unterminated
/// quote.
bool splitRecords(const QString &text, QChar delimiter, QList<QStringList> *records, int *badRecord)
{
    QStringList fields;
    QString field;
    bool quoted = false, fieldStarted = false;
    const auto endField = [&] {
        fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        records->append(fields);
        fields.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            endRecord();
        } else {
            field.append(c);
            if (!c.isSpace())
                fieldStarted = true;
        }
    }
    if (quoted) {
        *badRecord = int(records->size()) + 1;
        return false;
    }
    if (!field.isEmpty() || !fields.isEmpty())
        endRecord();
    return true;
}

QChar guessDelimiter(const QString &text)
{
    const QString header = text.section(u'\n', 0, 0);
    return header.count(u';') > header.count(u',') ? QChar(u';') : QChar(u',');
}

/// normalizeE164()'s reasons are clauses ("'0155' has no country code; …"): a sentence here.
QString sentence(QString clause)
{
    if (!clause.isEmpty())
        clause[0] = clause.at(0).toUpper();
    if (!clause.endsWith(u'.'))
        clause += u'.';
    return clause;
}

bool isVariableName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    return re.match(name).hasMatch();
}

} // namespace

QByteArray writeCsv(const QList<QStringList> &records, QChar delimiter)
{
    QString out;
    for (const QStringList &record : records) {
        QStringList fields;
        for (QString f : record) {
            if (f.contains(delimiter) || f.contains(u'"') || f.contains(u'\n') ||
                f.contains(u'\r')) {
                f.replace(QStringLiteral("\""), QStringLiteral("\"\""));
                f = u'"' + f + u'"';
            }
            fields.append(f);
        }
        out += fields.join(delimiter) + u'\n';
    }
    return out.toUtf8();
}

int CampaignCsv::validCount() const
{
    int n = 0;
    for (const Recipient &r : recipients)
        n += r.valid;
    return n;
}

CampaignCsv parseCampaignCsv(const QByteArray &bytes, const QStringList &requiredVariables)
{
    CampaignCsv out;
    const auto issue = [&out](int row, const QString &column, const QString &value,
                              const QString &message) {
        out.issues.append({row, column, boundedRemote(value, 60), message});
    };
    if (bytes.size() > kMaxCsvBytes) {
        issue(0, {}, {},
              tr("The file is %1 MiB; a campaign CSV may be at most 4 MiB. Split it into "
                 "several campaigns.")
                  .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1));
        return out;
    }
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(bytes);
    if (decode.hasError()) {
        issue(0, {}, {},
              tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" in your spreadsheet "
                 "program and import it again."));
        return out;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // inside quotes too
    out.delimiter = guessDelimiter(text);
    QList<QStringList> records;
    int badRecord = 0;
    if (!splitRecords(text, out.delimiter, &records, &badRecord)) {
        issue(badRecord, {}, {},
              tr("A quoted value that starts in row %1 never ends. Close the quote (\") or "
                 "remove it.")
                  .arg(badRecord));
        return out;
    }
    out.records = records;
    // Blank lines are no recipients; keep the spreadsheet's row numbers.
    QList<QPair<int, QStringList>> rows;
    for (int i = 0; i < records.size(); ++i) {
        const QStringList &r = records.at(i);
        if (r.size() == 1 && r.first().trimmed().isEmpty())
            continue;
        rows.append({i + 1, r});
    }
    if (rows.isEmpty()) {
        issue(0, {}, {},
              tr("The file is empty. It needs a header row with a phone_number column and one "
                 "row per recipient."));
        return out;
    }
    // Header.
    const int headerRow = rows.first().first;
    for (const QString &h : rows.first().second)
        out.columns.append(h.trimmed());
    if (out.columns.size() > kMaxCsvColumns) {
        issue(headerRow, {}, {},
              tr("The header has %1 columns; at most 64 are allowed. Remove the columns the "
                 "agent does not use.")
                  .arg(out.columns.size()));
        return out;
    }
    QHash<QString, int> columnOf;
    bool headerOk = true;
    for (int c = 0; c < out.columns.size(); ++c) {
        const QString name = out.columns.at(c);
        const QString key = name.toLower();
        if (name.isEmpty()) {
            issue(headerRow, {}, {},
                  tr("Column %1 of the header has no name. Name it, or delete the column.")
                      .arg(c + 1));
            headerOk = false;
            continue;
        }
        const bool known = key == kPhone || key == kAgent || key == kFrom || key == kNotBefore;
        if (columnOf.contains(known ? key : name)) {
            issue(headerRow, name, name,
                  tr("The column \"%1\" appears twice in the header. Keep one of them.")
                      .arg(boundedRemote(name, 40)));
            headerOk = false;
            continue;
        }
        if (!known && !isVariableName(name)) {
            issue(headerRow, name, name,
                  tr("\"%1\" cannot be a dynamic variable name. Use letters, digits and '_', "
                     "not starting with a digit (e.g. customer_name).")
                      .arg(boundedRemote(name, 40)));
            headerOk = false;
        }
        columnOf.insert(known ? key : name, c);
    }
    if (!columnOf.contains(kPhone)) {
        issue(headerRow, {}, out.columns.join(QString(out.delimiter)),
              tr("The header has no phone_number column. Name the column with the numbers to "
                 "call \"phone_number\"."));
        return out;
    }
    for (const QString &v : requiredVariables) {
        if (!columnOf.contains(v))
            issue(headerRow, v, {},
                  tr("The agent needs the dynamic variable \"%1\", but the file has no such "
                     "column. Add a column named %1 with a value in every row.")
                      .arg(boundedRemote(v, 40)));
    }
    out.readable = headerOk;
    if (!headerOk)
        return out;

    // Recipients.
    QHash<QString, int> firstRowOf; // E.164 → row
    const int phoneColumn = columnOf.value(kPhone);
    for (int i = 1; i < rows.size(); ++i) {
        if (out.recipients.size() >= kMaxCsvRows) {
            issue(rows.at(i).first, {}, {},
                  tr("Only the first 10,000 recipients were read; %1 rows after them were "
                     "left out. Split the file into several campaigns.")
                      .arg(rows.size() - i));
            break;
        }
        const int row = rows.at(i).first;
        QStringList cells = rows.at(i).second;
        Recipient r;
        r.row = row;
        const int before = int(out.issues.size());
        if (cells.size() != out.columns.size()) {
            issue(row, {}, cells.join(QString(out.delimiter)),
                  tr("Row %1 has %2 values but the header has %3 columns. Put values that "
                     "contain '%4' in double quotes.")
                      .arg(row)
                      .arg(cells.size())
                      .arg(out.columns.size())
                      .arg(out.delimiter));
            cells.resize(out.columns.size());
        }
        for (int c = 0; c < cells.size(); ++c) {
            if (cells.at(c).size() > kMaxCsvField) {
                issue(row, out.columns.at(c), cells.at(c),
                      tr("The value is longer than 1,000 characters. Shorten it."));
                cells[c].truncate(kMaxCsvField);
            }
        }
        const auto cell = [&](const QString &key) {
            const auto it = columnOf.constFind(key);
            return it == columnOf.constEnd() ? QString() : cells.value(*it).trimmed();
        };
        r.phoneTyped = cells.value(phoneColumn).trimmed();
        QString why;
        r.phoneNumber = twilio::normalizeE164(r.phoneTyped, &why);
        if (r.phoneTyped.isEmpty()) {
            issue(row, kPhone, {},
                  tr("The phone number is empty. Enter it in E.164 form (e.g. +14155551212) or "
                     "delete the row."));
        } else if (r.phoneNumber.isEmpty()) {
            issue(row, kPhone, r.phoneTyped, sentence(why));
        } else {
            r.info = twilio::describeNumber(r.phoneNumber);
            if (!r.info.valid)
                issue(row, kPhone, r.phoneTyped,
                      tr("%1 is not a number in use in %2's numbering plan. Check the digits "
                         "and the country code.")
                          .arg(r.phoneNumber,
                               r.info.country.isEmpty() ? r.info.regionCode : r.info.country));
            const auto dup = firstRowOf.constFind(r.phoneNumber);
            if (dup != firstRowOf.constEnd())
                issue(row, kPhone, r.phoneTyped,
                      tr("%1 is already in row %2. Delete one of the two rows.")
                          .arg(r.phoneNumber)
                          .arg(*dup));
            else
                firstRowOf.insert(r.phoneNumber, row);
        }
        r.agentId = cell(kAgent);
        const QString from = cell(kFrom);
        if (!from.isEmpty()) {
            r.from = twilio::normalizeE164(from, &why);
            if (r.from.isEmpty())
                issue(row, kFrom, from, sentence(why));
        }
        const QString notBefore = cell(kNotBefore);
        if (!notBefore.isEmpty()) {
            r.notBefore = QDateTime::fromString(notBefore, Qt::ISODate);
            if (!r.notBefore.isValid() || r.notBefore.timeSpec() == Qt::LocalTime)
                issue(row, kNotBefore, notBefore,
                      tr("not_before must be a date and time with its offset, e.g. "
                         "2026-12-04T09:00:00+01:00 (or …Z for UTC)."));
        }
        for (int c = 0; c < out.columns.size(); ++c) {
            const QString key = out.columns.at(c);
            const QString lower = key.toLower();
            if (lower == kPhone || lower == kAgent || lower == kFrom || lower == kNotBefore)
                continue;
            r.variables.append({key, cells.value(c).trimmed()});
        }
        for (const QString &v : requiredVariables) {
            if (columnOf.contains(v) && cell(v).isEmpty())
                issue(row, v, {},
                      tr("The agent needs \"%1\", but this row leaves it empty. Fill it in.")
                          .arg(boundedRemote(v, 40)));
        }
        r.valid = out.issues.size() == before;
        out.recipients.append(r);
    }
    if (out.recipients.isEmpty())
        issue(0, {}, {},
              tr("The file has a header but no recipients. Add one row per number to call."));
    return out;
}

} // namespace patchline::campaign
