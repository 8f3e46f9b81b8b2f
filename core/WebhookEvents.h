#pragma once
// The events an organization's webhook endpoints may subscribe to, and which committed change
// (the entity and action of its audit row) each one reports.
//
//   section.created / section.updated / section.deleted           dashboard sections
//   appointment.created / appointment.updated / appointment.deleted
//   integration.created / integration.updated / integration.deleted  CRM integrations
//   conflict.resolved                                              a sync conflict closed
//   ping                                                           a test delivery, on request

#include <QString>
#include <QStringList>

namespace wedsync::webhooks {

inline constexpr char PingEvent[] = "ping";

// Every type an endpoint may subscribe to (ping is always delivered when asked for).
const QStringList &eventTypes();

// The event a change reports, from its audit row's entity type and action; empty when it
// reports none (e.g. a change of a webhook endpoint itself).
QString eventTypeFor(const QString &entityType, const QString &action);

} // namespace wedsync::webhooks
