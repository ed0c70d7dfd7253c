#pragma once

#include "preflight/Preflight.h"

#include <QAbstractListModel>

namespace patchline::ui {

/// The pre-flight lines for a view: one row per check, Qt::DisplayRole "title: detail",
/// ToolTipRole the fix, DecorationRole a green/amber/red/grey dot, plus roles for the level,
/// the fix and the settings section. GUI thread only.
class PreflightModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { LevelRole = Qt::UserRole + 1, FixRole, SectionRole, IdRole, SuggestionRole };

    explicit PreflightModel(QObject *parent = nullptr);

    /// Replaces every line (model reset: a new run).
    void setLines(const QList<preflight::CheckLine> &lines);
    const QList<preflight::CheckLine> &lines() const { return m_lines; }
    /// Colour of a level (green, amber, red, grey).
    static QColor color(preflight::Level level);
    /// Rich text for inline results: one coloured line per check, its fix below; skipped
    /// checks left out, and only failures when `failuresOnly`.
    static QString toHtml(const QList<preflight::CheckLine> &lines, bool failuresOnly = false);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<preflight::CheckLine> m_lines;
};

} // namespace patchline::ui
