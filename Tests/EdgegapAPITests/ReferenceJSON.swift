/// JSON examples of the Edgegap P2P API reference page (`seed/edgegap-p2p-api-reference.txt`).
enum ReferenceJSON {
    static let relay = """
      "relay": {
        "ip": "2.2.2.2",
        "host": "7349356945f1.st.edgegap.net",
        "ports": {
          "server": { "port": 32000, "protocol": "UDP", "link": "7349356945f1.st.edgegap.net:32000" },
          "client": { "port": 32001, "protocol": "UDP", "link": "7349356945f1.st.edgegap.net:32001" }
        }
      }
    """

    static let user = """
    { "ip_address": "1.1.1.1", "latitude": 45.5088, "longitude": -73.5878, "authorization_token": 21986334 }
    """

    static let session = """
    {
      "session_id": "7349356945f1-S",
      "authorization_token": 3500589645,
      "status": "READY",
      "ready": true,
      "linked": true,
      "error": "Session failed",
      "session_users": [ \(user) ],
      \(relay),
      "webhook_url": "https://my-webhook.com/dump"
    }
    """

    /// The list example: note it has no `total_count`.
    static let sessionPage = """
    {
      "sessions": [ \(session) ],
      "pagination": {
        "number": 1, "next_page_number": 1, "previous_page_number": 1,
        "paginator": { "num_pages": 1 }, "has_next": true, "has_previous": true
      }
    }
    """

    static let authorization = """
    {
      "session_id": "7349356945f1-S",
      "authorization_token": 3500589645,
      "status": "READY",
      "ready": true,
      "linked": true,
      "error": "Session failed",
      "session_user": \(user),
      \(relay),
      "webhook_url": "https://my-webhook.com/dump"
    }
    """

    static let lobby = """
    { "name": "lobby_name", "url": "https://lobby.com", "status": "Released" }
    """

    /// A session just created: nothing allocated yet.
    static let initializing = """
    {
      "session_id": "0724828881e2-S", "authorization_token": null, "status": "Initializing",
      "ready": false, "linked": false, "error": null, "session_users": [], "relay": null, "webhook_url": null
    }
    """
}
