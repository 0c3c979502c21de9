select display_name from core.person where login_role = :login
