#pragma once
// For the calendar tests and bench_calendarsync: a CalDAV server (Radicale) reached directly, as
// the person's own calendar app would reach it — what the tests put in a calendar and find there.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace wedsync::test {

class DavCalendarClient
{
public:
    DavCalendarClient(QNetworkAccessManager *nam, const QString &baseUrl, const QString &user,
                      const QString &password);
    QString baseUrl() const { return m_baseUrl; }

    // The HTTP status of `method` on `path`; 0 when no answer came. A body goes as text/calendar.
    int send(const QByteArray &method, const QString &path, const QByteArray &body = {});
    // The event at `path`; empty when there is none.
    QByteArray read(const QString &path);
    // The file names of the events in `calendar` ("fitting.ics"), sorted.
    QStringList events(const QString &calendar);

private:
    // Waits for the answer; the caller deletes the reply.
    QNetworkReply *call(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QByteArray &contentType, const QByteArray &depth = {});

    QNetworkAccessManager *m_nam;
    QString m_baseUrl;
    QByteArray m_authorization;
};

// One VEVENT of an hour from `start`, as a calendar app writes it.
QByteArray icsEvent(const QString &uid, const QString &summary, const QDateTime &start);

} // namespace wedsync::test
