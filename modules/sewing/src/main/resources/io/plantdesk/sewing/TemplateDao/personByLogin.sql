select id from core.person where login_role = lower(:login)
