#pragma once
// "No events match — Clear filters": what a filtered list shows instead of a blank grid, with
// the button that brings the rows back.

#include <QWidget>

class QLabel;
class QPushButton;

namespace wedsync {

class NoMatchNotice : public QWidget
{
    Q_OBJECT
public:
    explicit NoMatchNotice(QWidget *parent = nullptr);

    // What matches nothing ("No events match the filters."); shown until hidden.
    void setText(const QString &text);
    QString text() const;
    QPushButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void clearRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text;
    QPushButton *m_clear;
};

} // namespace wedsync
