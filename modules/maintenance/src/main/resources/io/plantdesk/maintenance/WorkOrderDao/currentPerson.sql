select id from core.person where login_role = session_user and active
