package bench.live;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glassfish.tyrus.client.ClientManager;

/**
 * The platform's limit: N plain Jakarta WebSocket sockets on the bare WAR's endpoint, and one more
 * socket that asks for each broadcast. A participant's figure is the time from just before the
 * request was sent to its socket receiving the 200-byte message of that round.
 */
final class BareBroadcast implements Side {

  static final String RECEIVED = "broadcast received";

  private final ClientManager client;
  private final URI endpoint;
  private final List<Session> sessions = new ArrayList<>();
  private Session control;
  private volatile Round current;

  /** {@code endpoint} as ws://host:port/bench-broadcast/broadcast */
  BareBroadcast(ClientManager client, URI endpoint) {
    this.client = client;
    this.endpoint = endpoint;
  }

  @Override
  public String name() {
    return "bare WebSocket broadcast";
  }

  @Override
  public void connect(int participants) throws Exception {
    ClientEndpointConfig config = ClientEndpointConfig.Builder.create().build();
    for (int i = 0; i < participants; i++) {
      sessions.add(LiveBench.connect(client, new Participant(i), config, endpoint));
    }
    control = LiveBench.connect(client, new Participant(-1), config, endpoint);
  }

  @Override
  public Map<String, double[]> advance(int round, Duration timeout) throws Exception {
    Round r = new Round(round, sessions.size());
    current = r;
    r.start = System.nanoTime();
    control.getBasicRemote().sendText("broadcast " + round);
    r.everyone.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    current = null;
    double[] millis = new double[r.arrivals.length];
    synchronized (r) { // a late message must not land while the figures are read
      for (int i = 0; i < millis.length; i++) {
        long arrival = r.arrivals[i];
        millis[i] = arrival == 0 ? Double.NaN : (arrival - r.start) / 1_000_000.0;
      }
    }
    return Map.of(RECEIVED, millis);
  }

  @Override
  public void close() {
    for (Session session : sessions) {
      closeQuietly(session);
    }
    sessions.clear();
    if (control != null) {
      closeQuietly(control);
    }
  }

  private static void closeQuietly(Session session) {
    try {
      session.close();
    } catch (IOException e) {
      // the socket is gone either way; nothing to measure
    }
  }

  private void received(int participant, String message) {
    long now = System.nanoTime();
    Round r = current;
    if (participant < 0 || r == null) {
      return;
    }
    int bar = message.indexOf('|');
    if (bar > 0 && Integer.parseInt(message.substring(0, bar)) == r.number) {
      synchronized (r) {
        if (r.arrivals[participant] != 0) {
          return;
        }
        r.arrivals[participant] = now;
      }
      r.everyone.countDown();
    }
  }

  /** One broadcast: when it was asked, and when each participant got it (0: not yet). */
  private static final class Round {
    final int number;
    final long[] arrivals;
    final CountDownLatch everyone;
    volatile long start;

    Round(int number, int participants) {
      this.number = number;
      this.arrivals = new long[participants];
      this.everyone = new CountDownLatch(participants);
    }
  }

  private final class Participant extends Endpoint {
    private final int index;

    Participant(int index) {
      this.index = index;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
      session.addMessageHandler(
          String.class, (MessageHandler.Whole<String>) message -> received(index, message));
    }
  }
}
