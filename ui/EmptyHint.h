#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAbstractItemView;

namespace patchline::ui {

/// Says what to do in an empty pane (issue 18 §2): while `view`'s model has no rows, `text`
/// is painted centred and word-wrapped in the view's placeholder colour. Installs itself as
/// an event filter on the view's viewport and is a child of the view. GUI thread.
class EmptyHint : public QObject
{
    Q_OBJECT
public:
    EmptyHint(QAbstractItemView *view, const QString &text);
    /// Installs a hint on `view` (owned by it) and returns it.
    static EmptyHint *install(QAbstractItemView *view, const QString &text);
    void setText(const QString &text);
    QString text() const { return m_text; }
    /// True while the hint is painted (the model is empty).
    bool showing() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QAbstractItemView> m_view;
    QString m_text;
};

} // namespace patchline::ui
