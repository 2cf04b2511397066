export const usage = `Forkcast: an event-sourced restaurant backend, whole on your machine.

usage: forkcast <command> [options]

commands:
  dev                               start the local runtime (dynalite, change feed, bus,
                                    projections, HTTP gateway); loads a demo catalogue on
                                    first start. Env: PORT (3000), FORKCAST_DATA_DIR (.forkcast/)
  token --role staff|diner|owner --sub ID [--ttl 1h] [--email ADDRESS]
                                    print a JWT the local gateway accepts (--email: a
                                    verified email claim, which POST /me records)
  import FILE.csv [--source zomato] import a restaurant list into the local data dir
  status [--json]                   feed lag, delivery backlog, dead letters, oldest undelivered
                                    event, and what the last start recovered
  outbox [--to ADDRESS] [--json]    the emails the runtime sent (--json: one message a line)
  dlq list [SUBSCRIPTION] [--json]  show events that a subscription failed to process
  redrive SUBSCRIPTION              deliver a subscription's dead letters again
  log [--stream ID] [--pattern JSON] [--from DATE] [--to DATE] [--format table|ndjson]
                                    events in time order, selected by an EventBridge pattern
                                    (default: the last 399 days)
  export --from DAY --to DAY --out DIR [--format parquet|ndjson] [--pattern JSON]
                                    the log as DIR/day=D/type=T/ files, one row per event, for
                                    DuckDB or Athena; a rerun replaces those days
  replay --projection NAME          rebuild a read model from the whole log into a fresh generation;
                                    readers switch to it once it has caught up
  replay --republish --pattern JSON --from DATE [--to DATE] [--rate N]
                                    send matching events to the running runtime's bus again,
                                    marked meta.replay, at most N per second (100)
  help                              show this help
`;
