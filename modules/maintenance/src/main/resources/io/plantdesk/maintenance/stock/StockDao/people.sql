select login_role, display_name from core.person
