update sewing.operator
   set employee_no = :d.employeeNo, skill_level = :d.skillLevel, active = :d.active
 where person_id = :d.personId and version = :version
