#pragma once

#include "store/StorePart.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace patchline::store {

/// One Patchline process on a shared call database (issue 20 §2), as registered.
struct NodeInfo
{
    QString name;      ///< --node
    QString publicUrl; ///< where Twilio reaches it (its TwiML stream URLs point here)
    QString version;
    /// "up", "draining" (SIGTERM: no new calls), "stopped" (left in order), "lost" (stopped
    /// heartbeating; its calls were closed by another node's janitor).
    QString state;
    int capacity = 0;   ///< bridge threads (shards)
    int load = 0;       ///< calls it holds now
    qint64 leaseMs = 0; ///< its --lease: silent longer than this, it is lost (0: the janitor's)
    QDateTime startedAt;
    qint64 ageMs = -1; ///< since its last heartbeat, on the database server's clock
};

/// The `nodes` table (schema v8) on CallStore's connection: heartbeats and the lease janitor
/// (issue 20 §2). Times come from the database server's clock (SqlDialect::nowMs), so nodes
/// with skewed clocks still agree on a lease. Storage thread only (Storage::query /
/// Storage::write). Every method is one transaction; false / 0 with errorString() on failure.
class NodeStore : public StorePart
{
public:
    explicit NodeStore(const QString &connection) : StorePart(connection) {}

    /// Registers `self` or refreshes it: name, public URL, version, state, capacity, load and
    /// the heartbeat time (now, server clock). startedAt is kept from the first heartbeat of a
    /// state other than "lost"/"stopped".
    bool heartbeat(const NodeInfo &self);
    /// Every registered node, by name.
    QList<NodeInfo> nodes() const;
    /// The janitor: every node but `self` in state up or draining whose last heartbeat is
    /// older than its own lease (NodeInfo::leaseMs; `leaseMs` for a node that did not give
    /// one) has its calls that did not end marked `interrupted` (end
    /// reason naming the node and the lease, end time = its last heartbeat) and becomes
    /// "lost". One janitor at a time (PostgreSQL: a transaction-scoped advisory lock; a node
    /// that does not get it does nothing this round). Returns the calls marked; `lost` gets
    /// the nodes (may be null).
    int reapLost(const QString &self, qint64 leaseMs, QStringList *lost);

    /// The node that owns the newest call with `callSid` ("" when none or a single machine);
    /// `running` (may be null) says whether that node is up or draining now (not lost or
    /// stopped): only a running node takes hand-overs.
    QString ownerOf(const QString &callSid, bool *running = nullptr) const;
    /// Hands `body` of `kind` to node `node` (issue 20 §2): stored in `node_messages` and, on
    /// PostgreSQL, announced with NOTIFY on kNotifyChannel (payload: the node's name), in one
    /// transaction. False with errorString() on failure.
    bool post(const QString &node, const QString &kind, const QString &body);
    /// Takes (deletes and returns) every message for `node`, oldest first: kind and body.
    QList<QPair<QString, QString>> take(const QString &node);
    /// The LISTEN/NOTIFY channel every node listens on.
    static constexpr const char *kNotifyChannel = "patchline_node";
};

} // namespace patchline::store
