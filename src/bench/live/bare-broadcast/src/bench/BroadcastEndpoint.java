package bench;

import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * The live-session benchmark's platform baseline: plain Jakarta WebSocket, no Faces, no CDI, no
 * database. A message "broadcast SEQ" from any socket sends one 200-byte text, starting with
 * "SEQ|", to every socket open on this endpoint (the sender too).
 */
@ServerEndpoint("/broadcast")
public class BroadcastEndpoint {

  private static final int SIZE = 200;
  private static final String PADDING = "x".repeat(SIZE);

  @OnMessage
  public void onMessage(String message, Session sender) {
    if (!message.startsWith("broadcast ")) {
      return;
    }
    String head = message.substring("broadcast ".length()).strip() + "|";
    String payload = (head + PADDING).substring(0, SIZE);
    for (Session session : sender.getOpenSessions()) {
      if (session.isOpen()) {
        session.getAsyncRemote().sendText(payload);
      }
    }
  }
}
