"""gunicorn's settings for `make serve` (`gunicorn -c config/gunicorn.py config.wsgi`).

BIND (default 127.0.0.1:8000), WEB_CONCURRENCY (worker processes, default 2) and GUNICORN_TIMEOUT
(seconds a request may take, default 120: an admin import of a large document is slow) come from
the environment; the access log goes to stdout and errors to stderr. A malformed number stops
gunicorn before it boots, with one line that names the variable.
"""

import os
import sys

from config.env import SettingError, env_int

bind = os.environ.get("BIND", "127.0.0.1:8000")
try:
    workers = env_int("WEB_CONCURRENCY", 2, minimum=1)
    timeout = env_int("GUNICORN_TIMEOUT", 120, minimum=1)
except SettingError as error:
    sys.exit(f"config/gunicorn.py: {error}")  # SystemExit passes gunicorn's traceback-printing loader
graceful_timeout = 30
accesslog = "-"
errorlog = "-"
# The worker's pid is in each access line, so a log shows which worker answered.
access_log_format = '%(h)s %(p)s "%(r)s" %(s)s %(B)s %(M)sms'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# No runtime control socket (gunicorn ≥ 24 makes one in ~/.gunicorn by default; two servers would share it).
control_socket_disable = True
