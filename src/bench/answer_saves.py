"""Helper of answer-saves.sh: seeds participants (SQL on stdout) or saves answers through the page."""
import base64, hashlib, http.cookiejar, os, re, statistics, sys, threading, time, urllib.parse, urllib.request

EXERCISE = "/my/module.xhtml?step=appreciation&at=e-three-things-this-week"
PASSWORD = "correct horse battery staple"


def seed(threads):
    print("INSERT INTO cohort (id, name, time_zone, language, capacity, pacing, archived, created_at)"
          " VALUES (900000, 'Bench', 'America/Toronto', 'EN', 500, 'SELF_PACED', FALSE, CURRENT_TIMESTAMP);")
    for i in range(threads):
        salt = os.urandom(16)
        digest = hashlib.pbkdf2_hmac("sha512", PASSWORD.encode(), salt, 1000, 64)
        stored = "PBKDF2WithHmacSHA512:1000:%s:%s" % (base64.b64encode(salt).decode(), base64.b64encode(digest).decode())
        pid = 900001 + i
        print("INSERT INTO person (id, email, email_key, display_name, language, password_hash, active, created_at)"
              " VALUES (%d, 'bench%d@pawprints.test', 'bench%d@pawprints.test', 'Bench', 'EN', '%s', TRUE, CURRENT_TIMESTAMP);" % (pid, i, i, stored))
        print("INSERT INTO person_role (person_id, role) VALUES (%d, 'PARTICIPANT');" % pid)
        print("INSERT INTO cohort_member (cohort_id, person_id, joined_at) VALUES (900000, %d, CURRENT_TIMESTAMP);" % pid)


def view_state(html):
    return re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', html).group(1)


def participant(base, index, seconds, latencies, lock):
    jar = http.cookiejar.CookieJar()
    web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = web.open(base + "/login.xhtml").read().decode()
    web.open(base + "/login.xhtml", urllib.parse.urlencode({
        "login": "login", "login:return": "", "login:email": "bench%d@pawprints.test" % index,
        "login:password": PASSWORD, "login:submit": "", "jakarta.faces.ViewState": view_state(page)}).encode()).read()
    page = web.open(base + EXERCISE).read().decode()
    end = time.time() + seconds
    n = 0
    while time.time() < end:
        n += 1
        form = {"answer": "answer", "answer:text": "Three things this week, take %d: the walk, the soup, the note." % n,
                "answer:save": "", "jakarta.faces.ViewState": view_state(page)}
        start = time.perf_counter()
        page = web.open(base + EXERCISE, urllib.parse.urlencode(form).encode()).read().decode()
        took = (time.perf_counter() - start) * 1000
        if "Your answer is saved." not in page:
            raise SystemExit("a save was not acknowledged")
        with lock:
            latencies.append(took)


def save(threads, seconds, base, delay):
    latencies, lock = [], threading.Lock()
    workers = [threading.Thread(target=participant, args=(base, i, seconds, latencies, lock)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    q = statistics.quantiles(latencies, n=20)
    print("| %s ms | %.0f | %.0f | %.0f | %d |" % (delay, len(latencies) / seconds, statistics.median(latencies), q[18], len(latencies)))


if __name__ == "__main__":
    if sys.argv[1] == "seed":
        seed(int(sys.argv[2]))
    else:
        save(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5])
